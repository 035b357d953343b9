/**
 * Polish reply-rule lexicon. Entries are folded before matching, so "wiadomość" also matches the
 * informal "wiadomosc"; stems (`*`) cover inflection (przepraszamy, przepraszam, przeprosiny).
 * Pattern syntax: see ./types.ts.
 */
import type { Lexicon } from './types';

const DAYS = '(poniedziałku|wtorku|środy|czwartku|piątku|soboty|niedzieli|jutra|końca dnia|końca tygodnia)';

/** Times and dates (Lexicon.times). */
const TIMES = [
  'najpóźniej',
  '(w|we) (tym|przyszłym|najbliższym|następnym) (tygodniu|miesiącu)',
  'do (godz\\.?|godziny) \\d',
  '\\d{1,2} (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)',
  '(przy|w) (najbliższym|kolejnym|następnym) (rozliczeniu|rachunku|fakturze|okresie)',
  'dziś',
  'dzisiaj',
  'jutro',
  'pojutrze',
  'w ciągu \\d+',
  'w ciągu (godziny|doby|dnia|tygodnia|kilku|najbliższych)',
  `do ${DAYS}`,
  `(w|we) (poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę)`,
  '\\d+ (dni|dnia|godzin*|h|minut|tygodni*|dni roboczych)',
  '\\d{1,2}(:\\d\\d)? ?(-|–) ?\\d{1,2}(:\\d\\d)?',
  'o (godz\\.?|godzinie) \\d',
  '(jak najszybciej|niezwłocznie|od razu|natychmiast|jeszcze dziś|jeszcze dzisiaj)',
];

export const pl: Lexicon = {
  apology: [
    'przeprasz*',
    'przeprosi*',
    'przeprosin*',
    'wybacz*',
    '(nam|mi) (bardzo |naprawdę |szczerze )?przykro',
    'przykro (nam|mi)',
    '(nasz|nasza|nasze|naszym|naszej) (błąd|wina|winą|pomyłka|pomyłką|niedopatrzenie)',
    '(to )?(nasz|nasza) (błąd|wina)',
    'z naszej winy',
    '(sorry|sory|sorki|soryy)',
  ],

  fix: [
    // Commitments, first person plural future ("we will...").
    '(zwróc*|zwrot*|oddamy|wyślemy|wysyłamy|wyślę|naprawi*|napraw*|wymieni*|wymian*|sprawdzi*|sprawdzamy|sprawdzę|zajmiemy się|zajmę się|zajmujemy się|przekaż*|przekazaliśmy|przekazujemy|skontaktujemy|skontaktuję|oddzwonimy|oddzwonię|wyjaśnimy|poprawimy|przyślemy|dostarczymy|dostarczy|anulujemy|anulowaliśmy|zweryfikujemy|weryfikujemy|przygotujemy|zorganizujemy|umówimy|zlecimy|zleciliśmy|zgłosiliśmy|zgłosimy|wysłaliśmy|zwróciliśmy|naprawiliśmy|wymieniliśmy|uruchomiliśmy|poprawiliśmy|załatwimy|rozwiążemy|pomożemy|pomożem|dopilnujemy)',
    '(postaramy|postaram) się',
    '(możemy|mogę) (zaproponować|zwrócić|wysłać|wymienić|naprawić|sprawdzić|pomóc|zaoferować|anulować)',
    // Remedies.
    'reklamacj*',
    'rekompensat*',
    'zadośćuczyni*',
    'bon* (rabatow*|na)',
    'kod* rabatow*',
    'rabat*',
    'kurier*',
    'technik*',
    'inżynier*',
    // Owning the case and answering: "przejmuję sprawę osobiście i odpowiem jeszcze dziś".
    '(przejmuję|przejmujemy|przejmiemy) (sprawę|zgłoszenie)',
    'odpowiem',
    // Present tense of repairing: "usuwamy usterkę", "przywracamy usługę" (the "-amy" form the future pattern below leaves out).
    '(usuwamy|naprawiamy|przywracamy|wymieniamy|zwracamy|usuwam|naprawiam|przywracam)',
    'serwisant*',
    'nową (paczkę|przesyłkę|część|sztukę)',
    '(następny|kolejny|kolejne|następne) (krok|kroki)',
    // Troubleshooting instructions.
    '(proszę |prosimy )?(spróbuj*|spróbować)',
    '(zrestartuj*|zaktualizuj*|wyloguj*|przeinstaluj*|wyczyść|uruchom* ponownie)',
    // First person plural future ("zwrócimy", "doślemy", "przywrócimy", "odezwiemy się"): a commitment in
    // any verb, not only the listed ones. Present-tense habits and feelings are not ("rozumiemy", "prosimy").
    '(?!(rozumiemy|wiemy|prosimy|widzimy|mówimy|robimy|cieszymy|liczymy|martwimy|życzymy|jesteśmy|chcemy|możemy|musimy|wierzymy|sądzimy|myślimy|boimy|słyszymy|lubimy|służymy|piszemy|idziemy|jedziemy|żyjemy|mamy|bierzemy|uważamy|tłumaczymy|mówiliśmy)(?![\\p{L}]))\\p{L}{2,}(?<!uj)(imy|ymy|emy)',
    '(damy|oddamy|podamy|wydamy|nadamy|przekażemy) ',
    'będziemy \\p{L}+(ć|c)',
    // Third person future and passive future: "kurier przyjedzie", "zwrot zostanie zaksięgowany".
    '(przyjedzie|przyjdzie|zadzwoni|odezwie się|skontaktuje się|dotrze|wróci|wrócą|pojawi się|wyjedzie|zajmie się|dostanie|otrzyma|trafi)',
    'zostan(ie|ą) \\p{L}+(ny|na|ne|ni|ty|ta|te|ci)',
    // A remedy that can be sent or returned: "karta może zostać wysłana pocztą".
    'może(my)? zostać \\p{L}+(ny|na|ne|ni|ty|ta|te|ci)',
    // A specific step for the customer: "może Pani zwrócić towar w każdym sklepie".
    '(może|mogą|możesz|można) (pan |pani |państwo )?(zwrócić|wymienić|złożyć|zgłosić|anulować|zmienić|odebrać|pobrać|zresetować|zaktualizować|wypisać)',
    // "Czy próbował Pan zrestartować router?": a troubleshooting step asked as a question.
    'próbował* (pan |pani |państwo )?\\p{L}+(ć|c)',
    '(folder|folderze|katalog|katalogu) (spam|spamu|wiadomości niechcianych)',
  ],

  private: [
    'priv*',
    'pw',
    'prywatn*',
    'dm',
    'inbox*',
    'messenger*',
    'whats ?app*',
    'napisz* (do nas|nam|na)',
    'napisać (do nas|nam|na)',
    '(napisz*|wyślij*|prześlij*|podeślij*|wysłać|przesłać|napisać) (nam |do nas )?(wiadomoś*|maila|e-?maila|mail|e-?mail)',
    '(zapraszamy|prosimy|proszę) (o |do )?(kontakt*|wiadomoś*)',
    'skontaktuj* się z nami',
    'skontaktuj* (się )?(z )?(nami|naszym|naszą|z biurem|z infolinią|z obsługą)',
    'kontakt (mailowy|telefoniczny|prywatny|bezpośredni)',
    'drogą (mailową|elektroniczną|telefoniczną|prywatną)',
    '(mailowo|telefonicznie)',
    '(przez|na|w|poprzez) (e-?mail|maila|mailu|messenger*|czat*|chat*|infolini*|telefon)',
    'zadzwo*',
    'infolini*',
    'czat*',
    'czacie',
    'oddzwoni*',
  ],

  // Offers to check or help, and bare times: a fix only when the reply does not take it private
  // ("Napisz do nas na priv, sprawdzimy to").
  times: TIMES,

  weakFix: [
    '(sprawdzimy|sprawdzę|sprawdzamy|sprawdzić)',
    '(przyjrzymy|przyjrzę|przyjrzeć) się',
    '(pomożemy|pomogę|pomóc)',
    '(zobaczymy|zobaczę)',
  ],

  fixNegation: ['nie', 'niestety nie', 'nie możemy', 'nie będziemy', 'nie jesteśmy w stanie'],

  blame: [
    // "You should have": not "powinniśmy byli" (we should have), which owns the mistake.
    '(powinien|powinna|powinni|powinno|powinieneś|powinnaś|powinniście|powinny) (pan |pani |państwo |pan/pani )?by(ł|ła|li|ło|ły|łeś|łaś|liście)',
    '(pan|pani|państwo) (powinien|powinna|powinni) by(ł|ła|li)',
    // "You yourself chose / ordered...".
    '(pan|pani|państwo) (sam|sama|sami) \\p{L}+(ł|ła|li|ło)',
    '(sam|sama|sami) (pan|pani|państwo) \\p{L}+(ł|ła|li|ło)',
    // Wrongly / carelessly + the customer's past action, either word order.
    '(źle|błędnie|nieprawidłowo|niepoprawnie|nieuważnie|niedokładnie|pochopnie) (pan |pani |państwo )?\\p{L}+(ł|ła|li|ło|łeś|łaś|liście)',
    '(pan|pani|państwo) (źle|błędnie|nieprawidłowo|niepoprawnie|nieuważnie|niedokładnie) \\p{L}+(ł|ła|li|ło)',
    '(to )?(pan|pani|państwo) (się )?(pomylił|pomyliła|pomylili|pomyliło|popełnił|popełniła|popełnili)',
    'gdyby (pan |pani |państwo )?(wcześniej |dokładnie |uważnie )?(przeczyta|sprawdzi|zapozna|doczyta|zgłosi|zauważy|zastosowa|zadzwoni)\\p{L}{0,30}',
    'wystarczyło (tylko |jedynie )?\\p{L}+ć',
    'przecież (było|jest|to) (\\p{L}+ )?(napisane|wyraźnie|jasno|podane|opisane)',
    'nie rozumiemy (pana |pani |państwa )?(pretensji|zarzutów|zarzutu|skargi|problemu)',
    'trzeba było',
    'należało (wcześniej |najpierw )?(sprawdzić|przeczytać|zapoznać|zgłosić|zadzwonić)',
    '(to )?(pana|pani|państwa|twoja|twój|wasza|własna) (wina|winą|błąd)',
    'z (pana|pani|państwa|twojej|własnej|waszej) winy',
    '(błąd|wina|winą) (klienta|użytkownika|po (pana|pani|państwa|twojej|waszej) stronie)',
    'nie (przeczyta|zapozna|doczyta|sprawdzi|zauważy|zaktualizowa|zastosowa|dostosowa|wykona|zachowa|dopełni|zabezpieczy|odebra)(ł|ła|łeś|łaś|li|liście|ły|łyście|l|la|les|las)',
    'nie (nasza wina|nasz problem)',
    'to nie (nasza wina|nasz problem|nasza sprawa)',
    'nie ponosimy (żadnej )?odpowiedzialności',
    '(jak|co) (już )?(pisaliśmy|mówiliśmy|wyjaśnialiśmy|informowaliśmy|tłumaczyliśmy)',
    '(proszę|prosimy) się uspokoić',
    'uspokój się',
    'był(|a|o) pan(|i) (informowan*|poinformowan*|uprzedzon*)',
    'został(|a) pan(|i) (poinformowan*|uprzedzon*)',
  ],

  lecturing: [
    'zgodnie z (regulamin*|warunk*|zasad*|polityk*|umow*|§|punktem|paragrafem|ogólnymi)',
    '(jak|co) (jest |zostało |było )?(napisane|wskazane|zapisane|określone|podane|opisane) w (regulamin*|warunk*|umow*|zasad*)',
    'regulamin (jasno |wyraźnie )?(mówi|stanowi|wskazuje|określa|przewiduje)',
    '(zapoznaj*|zapoznać|zapoznanie|przeczytaj*|przeczytać|przeczytanie|doczytaj*) (się )?(z )?(naszym |treścią |z treścią )?regulamin*',
    'w myśl (regulamin*|umow*)',
    'na mocy (regulamin*|umow*)',
    '(pkt|punkt*|paragraf*|§) ?\\d+ (naszego )?regulamin*',
    'akceptując regulamin',
    'zaakceptował* (pan |pani |państwo )?regulamin',
  ],

  boilerplate: [
    '(wszelkie|ewentualne|zaistniałe|powstałe|wynikłe|wynikające) (niedogodności|utrudnienia|niedogodnosci)',
    'przepraszamy za (niedogodności|utrudnienia)',
    '(twoja|pana|pani|państwa|wasza) (opinia|satysfakcja|wiadomość|sprawa|zgłoszenie|uwaga|uwagi) (jest|są) dla nas (bardzo |niezwykle |szczególnie )?(ważn*|istotn*)',
    'uprzejmie informuj*',
    'informujemy uprzejmie',
    'dokładamy (wszelkich )?starań',
    'traktujemy ~ (bardzo )?poważnie',
    'nawiązując do (pana|pani|państwa|twojego|twojej) (zapytani*|zgłoszeni*|wiadomoś*|wpis*|komentarz*)',
    'w odpowiedzi na (pana|pani|państwa) (zapytani*|zgłoszeni*|wiadomoś*|wpis*|komentarz*)',
    'szanown* (kliencie|klientko|państwo)',
  ],

  personalData: [
    '(numer*|nr\\.?|numery) (zamówieni*|przesył*|paczk*|telefon*|tel\\.?|komórk*|konta|konto|rachunku|karty|klienta|umowy|faktury|dowodu|pesel|nadania|śledzenia|listu)',
    'adres*( (e-?mail|mailowy|mailowego|zamieszkania|dostawy|do wysyłki|korespondencyjny))?',
    'e-?mail(a|u)?',
    'pesel*',
    'imię i nazwisko',
    'imienia i nazwiska',
    'nazwisk*',
    'hasł*',
    'login*',
    'dan* (osobow*|kontaktow*|adresow*|do wysyłki|do logowania|karty|konta|zamówienia)',
    'kod* pocztow*',
    'dat* urodzeni*',
    'telefon',
  ],

  dataRequest: [
    '(poda(j|jcie|ć|nie|nia)|prześl(ij|ijcie|ać|anie|ania)|wyśl(ij|ijcie)|wysła(ć|nie|nia)|podeśl(ij|ijcie|ać|anie|ania)|potwierdź|potwierdźcie|potwierdzenie|udostępni(j|jcie|ć|enie)|wpisz(cie)?|zostaw(cie)?|(daj|dajcie|dać) (nam |mi )?znać|napisz(cie)?|napisać)',
    '(prosimy|proszę|poprosimy|poproszę|prosiłbym|prosiłabym|prosilibyśmy|prośba) (o|podać|przesłać|wysłać|napisać|potwierdzić)',
    '(potrzebujemy|potrzebny|potrzebna|potrzebne|potrzebuję)',
    '(jaki|jaka|jakie|jak brzmi)( jest| ma)?',
  ],

  dataFiller: ['nam', 'mi', 'o', 'swój', 'swoj*', 'twój', 'twoj*', 'pana', 'pani', 'państwa', 'wasz*', 'pełn*', 'dokładn*', 'aktualn*', 'poprawn*', 'podanie', 'przesłanie', 'podać', 'przesłać', 'tutaj', 'tu', 'w komentarzu', 'w komentarzach'],

  dataNegation: [
    'nie (podawa*|publik*|udostępnia*|wpisywa*|wpisuj*|zamieszcza*|wysyła*|przesyła*|pisz*|umieszcza*|ujawnia*)',
    'bez (podawania|publikowania|udostępniania|ujawniania)',
    'nigdy',
    'unikaj*',
    'ze względów bezpieczeństwa',
    'dla (twojego|pana|pani|państwa) bezpieczeństwa',
    'ze względu na (ochronę|bezpieczeństwo|prywatność)',
  ],
};
