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
  'o \\d{1,2}[:.]\\d\\d',
  // "Immediately" is a time; "as soon as possible" ("jak najszybciej") is not one anyone can be held to.
  '(niezwłocznie|od razu|natychmiast|jeszcze dziś|jeszcze dzisiaj)',
];

export const pl: Lexicon = {
  apology: [
    'przeprasz*',
    'przeprosi*',
    'przeprosin*',
    'wybacz*',
    '(nam|mi) (bardzo |naprawdę |szczerze )?przykro',
    'przykro (nam|mi)',
    // ...but not the denial "to nie (jest) nasza wina".
    '(?<!nie )(?<!nie jest )(nasz|nasza|nasze|naszym|naszej) (błąd|wina|winą|pomyłka|pomyłką|niedopatrzenie)',
    '(?<!nie )(?<!nie jest )(to )?(nasz|nasza) (błąd|wina)',
    'z naszej winy',
    '(sorry|sory|sorki|soryy)',
  ],

  fix: [
    // Commitments, first person plural future ("we will...").
    // "zwrot" only as the remedy itself: "zwroty przyjmujemy do...", "po przyjęciu zwrotu" state a policy.
    '(zwróc*|zwrot|oddamy|wyślemy|wysyłamy|wyślę|naprawi*|napraw(?!d)*|wymieni*|wymian*|sprawdzi*|sprawdzamy|sprawdzę|zajmiemy się|zajmę się|zajmujemy się|przekaż*|przekazaliśmy|przekazujemy|skontaktujemy|skontaktuję|oddzwonimy|oddzwonię|wyjaśnimy|poprawimy|przyślemy|dostarczymy|dostarczy|anulujemy|anulowaliśmy|zweryfikujemy|weryfikujemy|przygotujemy|zorganizujemy|umówimy|zlecimy|zleciliśmy|zgłosiliśmy|zgłosimy|wysłaliśmy|zwróciliśmy|naprawiliśmy|wymieniliśmy|uruchomiliśmy|poprawiliśmy|załatwimy|rozwiążemy|pomożemy|pomożem|dopilnujemy)',
    '(postaramy|postaram) się',
    // ...but a refund ordered is one in any case: "przekazaliśmy zlecenie zwrotu", "zwrot zlecony".
    '(zlecenie|zlecił*|zleciliśmy|zlecamy|dyspozycj*) (\\p{L}+ )?zwrot*',
    'zwrot* (\\p{L}+ )?(zlecon|wysłan|zaksięgowan|przelan)*',
    '(możemy|mogę) (zaproponować|zwrócić|wysłać|wymienić|naprawić|sprawdzić|pomóc|zaoferować|anulować)',
    // The same offer with a concrete remedy verb, in either order (owners write "mogę"): "mogę dać rabat",
    // "odszkodowanie możemy przyznać od ręki", "mogę przepisać wizytę na czwartek" (the seventh to tenth sets' DEV errors).
    '(możemy|mogę|moge) (dać|oddać|przepisać|przełożyć|przesunąć|zamówić|przyznać|dosłać|przebukować|obniżyć|zorganizować|zwolnić)',
    // Remedies.
    // A complaint accepted, not any mention of one ("reklamację można złożyć do 2 lat" is information).
    '(uznaliśmy|uznajemy|uwzględniliśmy|uwzględniamy|przyjęliśmy|przyjmujemy|rozpatrzyliśmy pozytywnie) (\\p{L}+ )?reklamacj*',
    'reklamacj* (\\p{L}+ )?(została|zostanie|jest|będzie) (już )?(uznana|uwzględniona|rozpatrzona pozytywnie|przyjęta)',
    'rekompensat*',
    'zadośćuczyni*',
    'bon* (rabatow*|na)',
    'kod* rabatow*',
    'rabat*',
    // A courier coming, not any courier ("kurier dzwonił o 14:10" explains what happened).
    'kurier* (\\p{L}+ )?(przyjedzie|odbierze|dostarczy|przywiezie|dowiezie|doręczy|będzie|zadzwoni|podjedzie|przyjeżdża|odbiera|dostarcza|przywozi|jest w drodze)',
    '(wyślemy|wysyłamy|dostarczymy|odbierzemy|zamówimy|zamówiliśmy|wysłaliśmy) (\\p{L}+ ){0,3}kurier*',
    // More hands on it: "zaangażowaliśmy dodatkowych kurierów", "mamy dodatkowych konsultantów".
    'dodatkow* (kurier|pracownik|konsultant|technik|ekip|samochod|kierowc|serwisant|monter)*',
    'technik*',
    'monter*',
    'inżynier*',
    // Owning the case and answering: "przejmuję sprawę osobiście i odpowiem jeszcze dziś".
    '(przejmuję|przejmujemy|przejmiemy) (sprawę|zgłoszenie)',
    'odpowiem',
    // Present tense of repairing: "usuwamy usterkę", "przywracamy usługę" (the "-amy" form the future pattern below leaves out).
    '(usuwamy|naprawiamy|przywracamy|wymieniamy|zwracamy|usuwam|naprawiam|przywracam)',
    // Giving back or ordering it done, present or first person singular: "oddaję Państwu pieniądze", "różnicę oddam",
    // "zlecamy ponowne doręczenie", "dorzucamy deser" (giving back needs the money: not "oddajemy głos klientom").
    '(zlecamy|zlecam|dorzucamy|dorzucę)',
    '(oddam|oddaję|oddajemy|oddamy) ([^\\s.!?;]+ ){0,2}(pieniądz|pieniędz|różnic|zadat|kwot|koszt|środk|całość|zaliczk|\\d)*',
    '(pieniądze|różnic*|zadat*|kwot*|reszt*|\\d+ zł) ([^\\s.!?;]+ ){0,2}(oddam|oddaję|oddajemy|oddamy)',
    // Perfective future of -ować verbs, which the "-imy/-emy" entry below leaves out with the "-ujemy" present
    // ("pracujemy", "dziękujemy"): "przebukujemy bilet", "zrefunduję", "odblokujemy konto".
    '(przebuk|zarezerw|zrefund|skoryg|odblok|doład|zrekompens|reaktyw|skonfigur|zreset|przeinstal|zamont)uj(emy|ę)',
    'serwisant*',
    // A callback: vague alone, a fix with its time ("infolinia oddzwoni do Pana o 13:30").
    '(oddzwonimy|oddzwonię|oddzwoni|zadzwonimy|zadzwonię)',
    'nową (paczkę|przesyłkę|część|sztukę)',
    // The replacement itself: "nowa karta jest już w drodze", "nowy bilet".
    '(nowa|nowy|nowe|nową) (karta|kartę|paczka|przesyłka|bilet|część|sztuka|urządzenie|router|telefon|faktura|fakturę|kod|pdf)',
    // Done, in the past passive or as a state: "opłata została anulowana", "środki są już odblokowane",
    // "obciążenie zostało cofnięte", "wizyta przełożona".
    '(został|została|zostało|zostały|zostali|jest|są) (już |właśnie |dziś |ponownie |teraz )?(przekierowan|odłożon|zastrzeżon|wystawion|reaktywowan|zwiększon|przebukowan|przywrócon|przelan|anulowan|cofnięt|odblokowan|przeliczon|naprawion|wymienion|zwrócon|zaksięgowan|przeksięgowan|skorygowan|poprawion|usunięt|odwołan|dopisan|przełożon|przesunięt|wznowion|aktywowan|doładowan|uznan|zrefundowan|umorzon|wycofan|odjęt|odliczon|podłączon|uruchomion|zwolnion|ponownie wysłan|wysłan* ponownie)*',
    // Changed or sent, done just now: "pokój został już zmieniony", "zamówienie zostało wysłane dziś" (a bare
    // "został zmieniony" is often a status fact: "rozkład został zmieniony").
    // The time stays outside the match: a fix overlapping a time counts as a bare time (check-reply.ts, withoutVague).
    // Lookbehinds go after a literal here and below: one leading the entry would run at every position of the text.
    '(zmienion|wysłan|nadan)*(?<=(został|została|zostało|zostały) (już|właśnie|dziś|dzisiaj|przed chwilą) \\p{L}+)',
    '(został|została|zostało|zostały) (zmienion|wysłan|nadan)*(?= (już|dziś|dzisiaj|przed chwilą|właśnie))',
    // Ready for the customer now: "poprawiona wersja jest już do pobrania" (not "regulamin jest do pobrania").
    '((jest|są) już|już (jest|są)) (\\p{L}+ )?do (pobrania|odbioru|odebrania|wykorzystania)',
    // Help on site: "ekipa jest już na miejscu", "beczkowóz stoi już przy ul. Lipowej".
    '((jest|są|stoi|stoją|czeka|czekają) już|już (jest|są|stoi|stoją)) (na miejscu|przy|pod)',
    '(nowa|nowy|nowe) (\\p{L}+ )?(już )?w drodze',
    // First person past of a remedy: "podmieniliśmy bilet", "przełożyliśmy wizytę", "dopisałam punkty".
    '(podmieni|przela|wymieni|przeksięgowa|zaksięgowa|dopisa|przełoży|przesunę|anulowa|cofnę|odblokowa|zwróci|naprawi|poprawi|skorygowa|usunę|przywróci|doładowa|zrefundowa|uzna|umorzy|odwoła|zmieni|aktywowa|wznowi|przeliczy|nada|przyzna|doda|odję|odliczy|podłączy|zamówi|zleci|wysła|dosła|uruchomi|przedłuży|obniży|wydłuży|odnowi|zarezerwowa|zamieni|przydzieli|odesła|wystawi|zaktualizowa|zresetowa|odwiesi|przełączy|przekierowa|przenieś|umówi|wylogowa|wymusi|przebukowa|przesła|zwolni|odda|odłoży|dołoży|zwiększy|przyspieszy|reaktywowa|przepisa)(liśmy|łyśmy|łem|łam)',
    // Money or points on their way back: "kwota wraca na Twoje konto", "punkty już są na koncie", "bon jest w aplikacji".
    '(wraca|wracają|wróci|wrócą|trafi|trafią) (\\p{L}+ )?na (\\p{L}+ )?(konto|kartę|rachunek)',
    '(już (jest|są)|(jest|są) już) (na|w) ~ (koncie|karcie|rachunku|aplikacji|mailu|skrzynce|drodze|portfelu|zakładce|panelu|e-?bok|profilu)',
    '(jest|są) (już )?w drodze',
    // "Środki będą widoczne jutro", "powinny być widoczne dziś".
    '(będzie|będą|powinn*) (być )?(już )?(widoczn|dostępn)*',
    '(następny|kolejny|kolejne|następne) (krok|kroki)',
    // Troubleshooting instructions.
    '(proszę |prosimy )?(spróbuj*|spróbować)',
    '(zrestartuj*|zaktualizuj*|wyloguj*|przeinstaluj*|wyczyść|uruchom* ponownie)',
    '(odinstaluj*|odinstalować|zainstaluj* ponownie|zainstalować ponownie)',
    '(proszę |prosimy )?(zrestartować|zresetować|zaktualizować|wylogować|przeinstalować|wyczyścić|uruchomić ponownie|zresetuj*)',
    // First person plural future ("zwrócimy", "doślemy", "przywrócimy", "odezwiemy się"): a commitment in
    // any verb, not only the listed ones. Present-tense habits and feelings are not ("rozumiemy", "prosimy").
    '(?!(naliczymy|pobierzemy|obciążymy|doliczymy|rozumiemy|wiemy|prosimy|będziemy|widzimy|mówimy|robimy|cieszymy|liczymy|martwimy|życzymy|jesteśmy|chcemy|możemy|musimy|wierzymy|sądzimy|myślimy|boimy|słyszymy|lubimy|służymy|piszemy|idziemy|jedziemy|żyjemy|mamy|bierzemy|uważamy|tłumaczymy|mówiliśmy)(?![\\p{L}]))\\p{L}{2,}(?<!uj)(imy|ymy|emy)',
    '(damy|oddamy|podamy|wydamy|nadamy|przekażemy) ',
    'będziemy \\p{L}+(ć|c)',
    // Third person future and passive future: "kurier przyjedzie", "zwrot zostanie zaksięgowany".
    '(przyjedzie|przyjdzie|zadzwoni|odezwie się|skontaktuje się|dotrze|wróci|wrócą|pojawi się|wyjedzie|zajmie się|dostanie|otrzyma|trafi)',
    'zostan(ie|ą) \\p{L}+(ny|na|ne|ni|ty|ta|te|ci)',
    // On its way, present for near future: "paczka wyjeżdża jutro", "kurier będzie u Pana przed 12".
    '(wyjeżdża|wyjeżdżają|wyrusza|wyruszy|jedzie|przyjeżdża|dojedzie|dojdzie|dotrą)',
    'będ(zie|ą) (u (pana|pani|państwa|ciebie|was|ciebie)|gotow*|na miejscu|ponownie dostępn*)',
    // A remedy that can be sent or returned: "karta może zostać wysłana pocztą".
    'może(my)? zostać \\p{L}+(ny|na|ne|ni|ty|ta|te|ci)',
    // A specific step for the customer: "może Pani zwrócić towar w każdym sklepie".
    '(może|mogą|możesz|można) (pan |pani |państwo )?(zwrócić|wymienić|złożyć|zgłosić|anulować|zmienić|odebrać|pobrać|zresetować|zaktualizować|wypisać)',
    // The same with the object first or another step: "można ją odebrać w oddziale", "możesz wybrać nowy termin".
    '(może|mogą|możesz|można) (pan |pani |państwo )?(go |ją |je |to |już )?(odebrać|dokupić|wybrać|kupić|pobrać|zmienić|zamówić|zalogować|odzyskać|przełożyć|przenieść)',
    // Done, as a bare state or money in: "konto odblokowane", "na Pani konto wpłynął bon".
    '(konto|karta|kartę|dostęp|usługa|internet|linia|numer|aplikacja|profil) (już )?(jest |są )?(odblokowan|przywrócon|aktywowan|włączon|odwieszon)\\p{L}*',
    // ...money, not an order or a letter arriving ("zamówienie wpłynęło w piątek" is a status fact).
    '(wpłynął|wpłynęła|wpłynęło|wpłynęły|wpłynie|wpłyną)(?<!(zamówienie|zgłoszenie|reklamacja|wniosek|pismo|zapytanie|zlecenie|skarga|wiadomość) \\p{L}+)',
    // "Czy próbował Pan zrestartować router?": a troubleshooting step asked as a question.
    'próbował* (pan |pani |państwo )?\\p{L}+(ć|c)',
    '(folder|folderze|katalog|katalogu) (spam|spamu|wiadomości niechcianych)',
    // Third person future of a remedy: "konsultant odblokuje kartę", "serwis przeleje środki".
    '(odblokuje|odblokują|przeleje|przelejemy|przywróci|przywrócą|anuluje|anulują|podłączy|podłączą|uruchomi|uruchomią|aktywuje|aktywują|doładuje|skoryguje|wyśle|wyślą|odeśle|odeślą|wymieni|wymienią|zwróci|zwrócą|naprawi|naprawią|usunie|usuną)',
    // The customer's own step, second person formal future: "włączy Pan pakiet SMS-em", "otrzyma Pani zwrot".
    '(włączy|wyłączy|aktywuje|odbierze|pobierze|zmieni|zwróci|wymieni|otrzyma|dostanie|odblokuje|ustawi|zresetuje) (pan|pani|państwo)',
    // Sent or on its way to the customer: "faktura poszła na Pani maila", "laptop wyjdzie do Pani kurierem".
    '(poszła|poszedł|poszło|poszły|wyszła|wyszedł|wyszło|wyszły|wyjdzie|wyjdą|pójdzie|pójdą) (już |dziś |dzisiaj |właśnie |jutro )?(na|do) (pana|pani|państwa|twój|twoją|twojego|ciebie|was|adres|maila|mail|skrzynk*|konto|kartę|rachunek)',
    // ...or with its near time: "przelew wyjdzie tego samego dnia", "paczka wyjdzie jeszcze dziś".
    '(wyjdzie|wyjdą|pójdzie|pójdą) (\\p{L}+ )?(tego samego dnia|dziś|dzisiaj|jutro|od razu|natychmiast)',
    // Available or working again: "odcinek jest już dostępny", "winda znów działa".
    '(jest|są) (już |ponownie |znów |znowu )(dostępn|widoczn|aktywn|czynn|sprawn)*',
    'już (jest|są) (dostępn|widoczn|aktywn|czynn|sprawn)*',
    '(już |znów |znowu |ponownie )(działa|działają)',
    '(działa|działają) (już|znów|znowu|ponownie)',
    // A step with its outcome: "po włączeniu roamingu internet zadziała", "sygnał od razu się poprawi".
    // ...not a question about it: "nie wiemy, kiedy usługa zadziała".
    '(?<!(kiedy|czy|gdy|jeśli|jeżeli) (\\p{L}+ ){0,2})(od razu |wtedy |ponownie |znów |znowu )?(zadziała|zadziałają|zacznie działać|zaczną działać)',
    '(od razu|wtedy|natychmiast) się poprawi(ą)?',
    // A device step for the customer: imperative or "proszę" + infinitive ("wejdź w Ustawienia", "proszę odłączyć zasilacz"),
    // or "wystarczy" + the step ("wystarczy odświeżyć aplikację").
    '(wejdź|wejdźcie|kliknij|kliknijcie|odznacz|zaznacz|przejdź|przejdźcie|otwórz|otwórzcie|włącz|włączcie|wyłącz|wyłączcie|odłącz|odłączcie|podłącz|podłączcie|przestaw|przestawcie|odśwież|odświeżcie)',
    '(proszę|prosimy) (go |ją |je |to )?(pobrać|zainstalować|odinstalować|zalogować się|usunąć|wejść|kliknąć|wybrać|włączyć|wyłączyć|odłączyć|podłączyć|przestawić|przenieść|odświeżyć|zmienić ustawienia)',
    'wystarczy (ją |go |je |to )?(odświeżyć|zrestartować|zaktualizować|wylogować się|zalogować się ponownie|włączyć|wyłączyć|przestawić|kliknąć|wejść|wybrać|odłączyć|podłączyć)',
    // ...with the step a few words on: "wystarczy w ustawieniach aplikacji włączyć powiadomienia", "wystarczy poprawić datę".
    'wystarczy (\\p{L}+ ){0,3}\\p{L}{2,}(ać|ić|yć|eć|ąć|uć|ść)',
    // The impersonal step: "trzeba wejść w Ustawienia", "należy zaktualizować aplikację" (not "trzeba było": blame).
    '(trzeba|należy) (\\p{L}+ )?(wejść|kliknąć|usunąć|wybrać|włączyć|wyłączyć|zaktualizować|zrestartować|pobrać|zainstalować|odinstalować|wylogować|zalogować|odświeżyć|odłączyć|podłączyć)',
    // A step named as a noun with its outcome: "wyłączenie go rozwiąże problem", "pomaga wylogowanie i ponowne zalogowanie";
    // not a question about it ("nie wiemy, co rozwiąże problem").
    '(rozwiąże|rozwiązuje|powinno rozwiązać|załatwi)(?<!(co|czy|kiedy|jeśli|jeżeli|gdy) \\p{L}+) (ten |to |cały )?(problem|kłopot)',
    '(pomaga|pomoże|powinno pomóc) (\\p{L}+ )?\\p{L}{3,}(nie|cie)',
    // A remedy offered or given free: "proponuję kolejną wizytę bez opłaty", "każdy dostaje frytki gratis";
    // not charging is a remedy too: "za dzień przerwy nie naliczymy opłaty".
    '(proponuję|proponujemy|oferuję|oferujemy) (\\p{L}+ ){0,2}(bez (opłaty|dopłaty|opłat|kosztów)|gratis|za darmo|zniżk|rabat|zwrot|wymian|darmow|bezpłatn)*',
    '(dostaje|dostają|dostanie|dostaną|otrzymuje|otrzyma|otrzymają|dorzucimy|dajemy|damy|daję|dam) (\\p{L}+ ){0,3}(gratis|za darmo|w prezencie)',
    'nie (naliczymy|pobierzemy|policzymy|doliczymy|obciążymy) (\\p{L}+ )?(opłat|kar|prowizj|koszt|pana|pani|państwa|za)*',
    // The change in effect from a near date: "zmiana taryfy wchodzi od jutra", "od jutra rano działa rejestracja online",
    // "usługa działa od 13:00" (not opening hours: "działa od 8:00 do 20:00").
    // (The date stays outside the match, as above.)
    '(wchodzi|wejdzie|obowiązuje|działa|działają|rusza|ruszy)( w życie)?(?= od (jutra|dziś|dzisiaj|teraz))',
    '(działa|działają|obowiązuje|wchodzi|rusza|ruszy)(?<=od (jutra|dziś|dzisiaj|teraz) (rano )?\\p{L}+)',
    '(działa|działają) (ponownie |znów |już )?od \\d{1,2}:\\d\\d(?! ?(-|–|do ))',
    // A stopgap or replacement: "do tego czasu zapisy działają też w kasie", "kursuje autobus zastępczy".
    '(do tego czasu|w międzyczasie|tymczasem) (\\p{L}+ ){0,3}(działa|działają|można|kursuje|kursują)',
    '(autobus|autobusy|samochód|auto|telefon|urządzenie|sprzęt|lokal|pokój|komunikacja|komunikację|transport) zastępcz*',
    'zastępcz* (autobus|samoch|transport|komunikacj|telefon|sprzęt|lokal)*',
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

  // Checking, verifying, forwarding, "we'll let you know": not a fix even without a private channel,
  // unless paired with a time (see Lexicon.vagueFix). Future forwarding with a named recipient
  // ("przekażemy uwagi do działu") stays a step, as in the English real replies.
  vagueFix: [
    // A time alone (opening hours, "od poniedziałku do piątku 8–20") is no fix; with an offer it is.
    ...TIMES,
    '(oddzwonimy|oddzwonię|oddzwoni|zadzwonimy|zadzwonię|zadzwoni)',
    '(sprawdzimy|sprawdzę|sprawdzamy|sprawdzić|sprawdzenia)',
    '(zweryfikujemy|weryfikujemy|zweryfikuję|weryfikuję|zweryfikować)',
    '(wyjaśnimy|wyjaśnię|wyjaśniamy|wyjaśnić)',
    '(przyjrzymy|przyjrzę|przyjrzeć|przyglądamy|przyglądam) się',
    '(analizujemy|przeanalizujemy|zbadamy|badamy)',
    '(postaramy|postaram|staramy|staram) się',
    'odezw*',
    '(damy|dam|dajemy) (\\p{L}+ )?znać',
    '(wrócimy|wrócę) (z odpowiedzią|do (pana|pani|państwa|ciebie|was))',
    '(wyciągniemy|wyciągnęliśmy) (\\p{L}+ )?wnioski',
    '(dopilnujemy|dołożymy starań|zrobimy wszystko)',
    // ...done: "dołożyliśmy wszelkich starań" (the past-remedy stem "dołoży-" would take it).
    '(dołożyliśmy|dołożyłam|dołożyłem) (\\p{L}+ )?(starań|wysiłk*)',
    // "We'll get back to you / take care of it / we're working on it": a promise without a remedy.
    '(skontaktujemy|skontaktuję) się',
    '(zajmiemy|zajmę|zajmujemy|zajmuję) się',
    '(odpowiemy|odpiszemy|odpowiem|odpiszę)',
    '(pracujemy|pracuję) nad',
    '(monitorujemy|śledzimy|obserwujemy)',
    '(eskalowaliśmy|eskalujemy|eskalujemy|przekierowaliśmy|przekierujemy|zgłosimy|zgłoszę)',
    // Passed on, done or under way, not promised: "przekazaliśmy uwagi", "już to przekazujemy dalej".
    '(przekazaliśmy|przekazałyśmy|przekazałem|przekazałam|przekazujemy|przekazuję|zgłosiliśmy|zgłosiłem|zgłosiłam)',
    // Passing words on is no remedy: "przekażemy pytanie dalej", "przekażemy je zespołowi".
    '(przekażemy|przekażę) (\\p{L}+ )?(dalej|zespołowi|zespołu|kolegom|działowi|do działu|przełożonym|odpowiedniemu)',
    '(przekażemy|przekażę) (je|go|ją|to|pytanie|uwagi|pochwały|słowa|opinię|sugestię)',
    // A glance or a message is not a remedy: "zerkniemy", "napiszemy do Pana w prywatnej wiadomości".
    '(zerkniemy|zerknę|rzucimy okiem|popatrzymy|zobaczymy|zobaczę)',
    '(napiszemy|napiszę) (do|na|w)',
    // Someone is handling it, no remedy named: "sprawą zajmuje się dział reklamacji", "rozpatrzymy reklamację".
    '(zajmuje|zajmują) się',
    '(dział|działu|zespół|zespołu|biuro|biura) (\\p{L}+ )?reklamacj*',
    '(rozpatrz*|rozpatruj*) (\\p{L}+ )?(reklamacj*|zgłoszeni*|wniosek|wniosku|skarg*)',
    // What we found is no remedy: "sprawdziliśmy nagranie" (the fix stem "sprawdzi*" would take it).
    '(sprawdziliśmy|sprawdziłem|sprawdziłam)',
    // Showing or explaining is no remedy: "pokażemy logi", "wytłumaczymy jeszcze raz", "porozmawiamy".
    '(pokażemy|pokażę|wytłumaczymy|wytłumaczę|omówimy|omówię|porozmawiamy|pogadamy)',
    // Details to follow in private: "szczegóły ślemy na priv", "resztę napiszę na priv".
    '(szczegóły|resztę|więcej|informacje) (\\p{L}+ )?(ślemy|wyślemy|prześlemy|wysyłamy|podamy|przekażemy)',
    // Thanks passed on to staff: "przekażemy instruktorom!", "przekażę kucharzom".
    '(przekażemy|przekażę) (\\p{L}+ )?(\\p{L}{3,}(om|owi)|ekipie|obsłudze|kuchni)',
    // Colloquial "we'll sort it", no remedy named: "ogarniemy to".
    '(ogarniemy|ogarnę|ogarniamy)',
    // Wanting to fix, or agreeing on a remedy later, is not one: "chciałabym to naprawić", "ustalimy rekompensatę".
    '(chcemy|chcę|chcielibyśmy|chciałbym|chciałabym) (to |tę sytuację |sprawę )?(naprawić|wynagrodzić|zrekompensować|poprawić|odkręcić)',
    'ustalimy (\\p{L}+ )?(rekompensat|zadośćuczynien|formę|szczegóły|termin|kwotę)*',
    // A notice on a future event, not a remedy: "gdy paczka zostanie nadana, dostanie Pan SMS".
    '(gdy|kiedy|jak tylko|po tym,? jak) (\\p{L}+ ){0,3}zostan(ie|ą) \\p{L}+(ny|na|ne|ni|ty|ta|te|ci)',
    '(dostanie|otrzyma|dostaniesz|otrzymasz|dostaną|otrzymają) (pan |pani |państwo )?(sms|smsa|maila|mail|e-?mail|powiadomienie|wiadomość|link)*',
  ],

  weakFix: [
    '(sprawdzimy|sprawdzę|sprawdzamy|sprawdzić)',
    '(przyjrzymy|przyjrzę|przyjrzeć) się',
    '(pomożemy|pomogę|pomóc)',
    '(zobaczymy|zobaczę)',
    '(zerkniemy|zerknę|rzucimy okiem|popatrzymy)',
  ],

  fixNegation: ['nie', 'niestety nie', 'nie możemy', 'nie będziemy', 'nie jesteśmy w stanie'],

  blame: [
    // "You should have": not "powinniśmy byli" (we should have), which owns the mistake.
    // Not when staff are the subject: "nasz kierowca nie powinien był" owns the mistake.
    '(powinien|powinna|powinni|powinno|powinieneś|powinnaś|powinniście|powinny)(?<!(kontroler|konduktor|dyspozytor|instruktor|kierowca|kurier|pracownik|konsultant|kierownik|technik|serwisant|sprzedawca|kasjer|listonosz|przewoźnik|doradca|monter|lekarz|ochroniarz|pilot|steward|stewardessa|kelner|recepcjonista|recepcjonistka|obsługa)\\p{L}{0,4} (nie )?\\p{L}+) (pan |pani |państwo |pan/pani )?by(ł|ła|li|ło|ły|łeś|łaś|liście)',
    '(pan|pani|państwo) (powinien|powinna|powinni) by(ł|ła|li)',
    // "You yourself chose / ordered...".
    '(pan|pani|państwo) (sam|sama|sami) \\p{L}+(ł|ła|li|ło)',
    '(sam|sama|sami) (pan|pani|państwo) \\p{L}+(ł|ła|li|ło)',
    // Wrongly / carelessly + the customer's past action, either word order.
    '(źle|błędnie|nieprawidłowo|niepoprawnie|nieuważnie|niedokładnie|pochopnie) (pan |pani |państwo )?\\p{L}+(ł|ła|li|ło|łeś|łaś|liście)',
    '(pan|pani|państwo) (źle|błędnie|nieprawidłowo|niepoprawnie|nieuważnie|niedokładnie) \\p{L}+(ł|ła|li|ło)',
    '(to )?(pan|pani|państwo) (się )?(pomylił|pomyliła|pomylili|pomyliło|popełnił|popełniła|popełnili)',
    'gdyby (go |ją |je |to |tego )?(pan |pani |państwo )?(wcześniej |dokładnie |uważnie )?(przeczyta|sprawdzi|zapozna|doczyta|zgłosi|zauważy|zastosowa|zadzwoni|zamkn|wpisa|poda|wybra|odebra|zabezpieczy|zaktualizowa|opłaci|zapłaci|potwierdzi|uważa|zachowa)\\p{L}{0,30}',
    'wystarczyło (tylko |jedynie )?(go |ją |je |to |tam )?\\p{L}+ć',
    'przecież (było|jest|to) (\\p{L}+ )?(napisane|wyraźnie|jasno|podane|opisane)',
    'nie rozumiemy (pana |pani |państwa )?(pretensji|zarzutów|zarzutu|skargi|problemu)',
    'trzeba (się )?było',
    'należało (wcześniej |najpierw )?(sprawdzić|przeczytać|zapoznać|zgłosić|zadzwonić)',
    '(to )?(pana|pani|państwa|twoja|twój|wasza|własna) (wina|winą|błąd)',
    'z (pana|pani|państwa|twojej|własnej|waszej) winy',
    '(błąd|wina|winą) (klienta|użytkownika|po (pana|pani|państwa|twojej|waszej) stronie)',
    'nie(?<!(kontroler|kurier|konsultant|pracownik|kierowca|system|technik|doradca|sprzedawca|kasjer|serwisant|monter|listonosz|przewoźnik)\\p{L}{0,4} nie) (przeczyta|zapozna|doczyta|sprawdzi|zauważy|zaktualizowa|zastosowa|dostosowa|wykona|zachowa|dopełni|zabezpieczy|odebra)(ł|ła|łeś|łaś|li|liście|ły|łyście|l|la|les|las)',
    // The customer's omitted duty, either order: "nie wskazała Pani numeru", "Pan nie zamknął auta".
    'nie (wskaza|poda|zaznaczy|opłaci|zapłaci|potwierdzi|uzupełni|wpisa|wybra|zgłosi|zarejestrowa|aktywowa|zablokowa|przeczyta|sprawdzi|zapozna|odebra|zachowa|zabezpieczy|zaktualizowa|wyloguj|zamkn|zakończy|podpisa|dołączy|zachowa)(ł|ła|łeś|łaś|li|liście|ął|ęła|ęli|ąłeś|ęłaś) (go |jej |ich |jego |tego |tej )?(pan|pani|państwo)',
    '(pan|pani|państwo) nie (wskaza|poda|zaznaczy|opłaci|zapłaci|potwierdzi|uzupełni|wpisa|wybra|zgłosi|zarejestrowa|aktywowa|zablokowa|przeczyta|sprawdzi|zapozna|odebra|zachowa|zabezpieczy|zaktualizowa|zamkn|zakończy|podpisa|dołączy)(ł|ła|li|ął|ęła|ęli)',
    // "It was you who...": "to Pan wybrał zły termin", "to Pani nie zamknęła".
    'to (pan|pani|państwo|ty) (nie )?\\p{L}+(ł|ła|li|ął|ęła|łeś|łaś)',
    // Conditional reproach: "mógł Pan po prostu zadzwonić" (not the polite "mógłby Pan podać").
    // ...not the relative clause "nie ma tu nic, co mogła Pani zrobić inaczej", which clears the customer.
    '(mógł|mogła|mogli|mogłeś|mogłaś|mogliście)(?<!(nie|co|czego) \\p{L}+) (pan |pani |państwo )?(po prostu |przecież |wcześniej |najpierw |sam |sama )?\\p{L}+(ć|c)',
    'zamiast (narzekać|pisać|krzyczeć|hejtować|komentować|marudzić|awanturować się|denerwować się|wylewać)',
    // Condescension: "czytanie ze zrozumieniem by nie zaszkodziło", "regulamin jest po to, żeby go czytać".
    '(czyta*|przeczyta*) ze zrozumieniem',
    '(by|nie) (nie )?zaszkodzi(ło|łoby)?',
    '(jest|są) po to,? (żeby|by|aby) (go |je |ją )?(czytać|przeczytać)',
    '(jeśli|jeżeli|skoro) (pan |pani |państwo |ty )?nie (umie|potrafi|rozumie|umiecie|potrafisz|umiesz|rozumiesz)',
    'warto (by )?było',
    '(to )?(było|był|była|jest) (bardzo |dość |mocno )?(nieostrożn|lekkomyśln|nierozważn|nieodpowiedzialn|niefrasobliw)*',
    'odrobin* (uwagi|wyobraźni|rozsądku)',
    // "Nie mija się Pan z prawdą": accusing the customer of untruths.
    '(mija|minął|minęła|mijają) (się )?(pan |pani |państwo )?(się )?z prawdą',
    '(pisze|piszą|mówi|podaje|podają|rozpowszechnia) (pan |pani |państwo )?nieprawd*',
    // The customer's act done wrong, either order: "wpisał Pan błędny adres", "Pani wybrała zły termin".
    '\\p{L}+(ł|ła|li|ął|ęła) (pan|pani|państwo) (błędn|zł|niepoprawn|nieprawidłow|niewłaściw|nie ten|nie tę)*',
    '(pan|pani|państwo) \\p{L}+(ł|ła|li|ął|ęła) (błędn|zł|niepoprawn|nieprawidłow|niewłaściw)*',
    // "You should check / should have known" (not "powinna Pani otrzymać": that is information).
    '(powinien|powinna|powinni|powinieneś|powinnaś|powinniście) (pan |pani |państwo )?(był* )?(\\p{L}+ )?(sprawdzić|przeczytać|zapoznać|zgłosić|zadzwonić|pomyśleć|uważać|zachować|zabezpieczyć|upewnić|wiedzieć|pamiętać|dopilnować)',
    'każdy (klient |pasażer |użytkownik )?(wie|powinien wiedzieć)',
    'nie byłoby (tego |żadnego |tej |dodatkowej )?(problemu|opłaty|kłopotu|tematu|kary|zamieszania)',
    'przecież (pan|pani|państwo|wyraźnie|jasno|było|była|był|jest|to|wiadomo|informowaliśmy|pisaliśmy)',
    'wystarczy (\\p{L}+ )?(przeczytać|doczytać|czytać)',
    '(leży|jest) po (pana|pani|państwa|twojej|waszej) stronie',
    '(pretensje|zarzuty|reklamacja|skarga|uwagi) (\\p{L}+ )?(są|jest) (całkowicie |zupełnie |po prostu )?(bezpodstawn|nieuzasadnion|chybion)*',
    'nie ma (potrzeby|sensu|powodu) (się )?(denerwować|krzyczeć|unosić|złościć|pisać wielkimi|nerwów)',
    '(proszę|prosimy) nie (krzyczeć|pisać wielkimi|obrażać|denerwować się)',
    '(proszę|prosimy|radzimy|polecamy|warto) (\\p{L}+ )?(uważniej|dokładniej)',
    'następnym razem (prosimy|proszę|radzimy|polecamy|warto|wystarczy|sugerujemy)',
    // A careless act, Pan/Pani + past, either order: "zgubił Pan kartę", "Pani zapomniała kodu";
    // not the conditional or question of an instruction ("jeśli zapomniała Pani hasła, ...").
    '(zapomnia|zapomnie|przeoczy|zignorowa|zlekceważy|zgubi|zaniedba|przegapi|zbagatelizowa|zniszczy|uszkodzi)(ł|ła|li)(?<!(jeśli|jeżeli|czy|gdy|gdyby) \\p{L}+) (pan|pani|państwo)',
    '(pan|pani|państwo)(?<!(jeśli|jeżeli|czy|gdy|gdyby) \\p{L}+) (\\p{L}+ )?(zapomnia|zapomnie|przeoczy|zignorowa|zlekceważy|zgubi|zaniedba|przegapi|zbagatelizowa|zniszczy|uszkodzi)(ł|ła|li)',
    '(zapomnia|zapomnie|przeoczy|zignorowa|zlekceważy|zgubi|zaniedba|przegapi|zniszczy|uszkodzi)(łeś|łaś|liście|łyście)(?<!(jeśli|jeżeli|czy|gdy|gdyby) \\p{L}+)',
    '(sam|sama|sami) (sobie )?(winien|winna|winni)',
    'na własne (życzenie|ryzyko)',
    '(wprowadza|wprowadzają|wprowadzać) (pan |pani |państwo )?(nas |innych |klientów |czytelników )?w błąd',
    '(to|jest) nieprawda',
    'nie jest (to )?prawdą',
    // "No fault on our side": "po naszej stronie wszystko działa", "nie stwierdziliśmy błędu po naszej stronie".
    'nie (widzimy|stwierdziliśmy|znaleźliśmy|widać) ~ (błędu|problemu|nieprawidłowości|usterki) po naszej stronie',
    'po naszej stronie (wszystko )?(działa|jest w porządku|nie ma (błędu|problemu))',
    '(obowiązkiem|obowiązek|odpowiedzialność|odpowiedzialnością) (klienta|kupującego|użytkownika|pasażera|odbiorcy)',
    // "Next time check...": a lesson in the imperative.
    '(następnym razem|na przyszłość|w przyszłości) (\\p{L}+ )?(sprawdź|sprawdźcie|przeczytaj|przeczytajcie|uważaj|uważajcie|upewnij się|upewnijcie się|zwróć uwagę|zwróćcie uwagę|pamiętaj|pamiętajcie|czytaj|czytajcie)',
    // "It was on every invoice": the information the customer should have seen.
    '(była|był|było|były|jest|są|widnieje|widniała|widniał) (\\p{L}+ )?(na|w) każd* (fakturze|rachunku|bilecie|paragonie|stronie|mailu|wiadomości|umowie|opakowaniu|etykiecie|potwierdzeniu|powiadomieniu)',
    // The customer is responsible: "klient odpowiada za poprawny adres".
    '(klient|kupujący|użytkownik|pasażer) (jest |ponosi )?(odpowiedzialn*|odpowiada za)',
    'nie (jest )?(to )?(nasza wina|nasz problem|nasza sprawa|nasze zadanie|nasza rola|nasz obowiązek|nasza odpowiedzialność)',
    'to nie (jest )?(nasza wina|nasz problem|nasza sprawa)',
    'nie odpowiadamy za',
    // Deflecting to the customer's bank, device or network: "nie możemy odpowiadać za to, że Pana bank...",
    // "nie mamy wpływu na to, że Pani karta...".
    'nie (możemy|będziemy) (brać )?(odpowiadać|odpowiedzialności) za',
    'za (pana|pani|państwa|twój|twoją|twoje|twojego|twojej|wasz|waszą|wasze|waszego|waszej) \\p{L}+ (\\p{L}+ )?nie (odpowiadamy|możemy odpowiadać|ponosimy|bierzemy)',
    'nie (mamy|możemy mieć) wpływu na ~ (pana|pani|państwa|twój|twoja|twoje|twojego|twojej|wasz|wasza|wasze|waszego|waszej)',
    // "It is your phone / router that...": "to Pani telefon nie obsługuje VoLTE", "problem leży w Pana routerze".
    'to (pana|pani|państwa|twój|twoja|twoje|wasz|wasza|wasze) (telefon|router|modem|urządzenie|sieć|bank|karta|komputer|laptop|sprzęt|kabel|ładowarka|instalacja|przeglądarka|aplikacja|konto|skrzynka) (nie|(jest|był|była) (za |zbyt )?(star|przestarzał|uszkodzon|niekompatybiln|niesprawn|nieaktualn)*|ma (problem|usterkę|wadę)|odrzucił*|zablokował*)',
    '(problem|usterka|wina|przyczyna|błąd) (leży |jest |tkwi )?(w|po stronie) (pana|pani|państwa|twojego|twojej|twoim|twoich|waszego|waszej|waszym) \\p{L}+',
    // "Other customers manage": "inni klienci jakoś potrafią", "u pozostałych użytkowników wszystko działa",
    // "tylko Pan ma taki problem".
    '(inni|pozostali|wszyscy inni) (klienci|użytkownicy|pasażerowie|kupujący|goście|abonenci|odbiorcy) (\\p{L}+ )?(jakoś |bez problemu )?(potrafi|umie|radz|daj|poradzi|zrozumie|rozumie)*',
    'u (innych|pozostałych|wszystkich innych) (klientów|użytkowników|abonentów|pasażerów|odbiorców) (\\p{L}+ )?(działa|nie ma problem*|nie było problem*)',
    'tylko (pan|pani|państwo|ty|wy) (ma|masz|macie|mają|miał|miała) (taki|ten|tego typu|z tym) ',
    // Rhetorical questions and irony: "naprawdę uważa Pan, że...", "Pan chyba żartuje", "dziwi się Pani, że...",
    // "a czytał Pan opis?".
    '(czy )?(pan |pani |państwo )?(naprawdę|serio|poważnie) (pan |pani |państwo )?(uważa|uważacie|uważasz|sądzi|sądzisz|myśli|myślisz|wierzy|oczekuje|oczekujesz|oczekiwał*|spodziewa*)( pan| pani| państwo)?,? że',
    '(uważa|sądzi|myśli|wierzy|oczekuje|uważasz|sądzisz|myślisz|oczekujesz) (pan |pani |państwo )?(naprawdę|serio|poważnie),? że',
    '(pan|pani|państwo|ty) chyba żart*',
    'chyba (pan|pani|państwo) żart*',
    'dziwi (się )?(pan|pani|państwo)',
    '(pan|pani|państwo) (się )?dziwi',
    'a (czy )?(czyta|przeczyta|próbowa|zajrza|pomyśla|zastanowi|sprawdzi)(ł|ła|li) (pan|pani|państwo)',
    // "You ordered S, and now...": the customer's own choice set against the complaint.
    '\\p{L}+(ł|ła|li|ął|ęła)(?<!(jeśli|jeżeli|gdy) \\p{L}+) (pan|pani|państwo) [^.!?;]{0,60} a teraz',
    '\\p{L}+(łeś|łaś|liście)(?<!(jeśli|jeżeli|gdy) \\p{L}+) [^.!?;]{0,60} a teraz',
    // Late or mistaken, reflexive, either order: "spóźnił się Pan na seans", "Pani się pomyliła".
    '(spóźni|pomyli|zagapi|rozmyśli)(ł|ła|li)(?<!(jeśli|jeżeli|czy|gdy|gdyby) \\p{L}+) się (pan|pani|państwo)',
    '(pan|pani|państwo)(?<!(jeśli|jeżeli|czy|gdy|gdyby) \\p{L}+) się (spóźni|pomyli|zagapi)(ł|ła|li)',
    // Came too late: "przyjechał Pan na stację 15 minut po odjeździe".
    '(przyszed|przysz|przyjecha|dotar|zgłosi|zgłasza)(ł|ła|li)(?<!(jeśli|jeżeli|gdy) \\p{L}+) (się )?(pan|pani|państwo) [^.!?;]{0,40}(za późno|po czasie|po terminie|po odjeździe|po rozpoczęciu|po zamknięciu)',
    // Typed in wrong: "numer wpisany z literówką", "ktoś wpisał kod z błędem".
    '(wpisan|wprowadzon|podan|wpisa|wprowadzi|poda)\\p{L}* (\\p{L}+ )?z (błędem|błędami|literówką|literówkami|pomyłką)',
    // The impersonal "someone" who means the customer: "jeśli ktoś nie potrafi zeskanować kodu, to...".
    '(jeśli|jeżeli|skoro|gdy) ktoś nie (umie|potrafi|czyta|przeczyta|sprawdza|pilnuje|rozumie|ustawia|pamięta|uważa|słucha)',
    // "Szkoda, że nie zgłosił Pan szkody w terminie": regret aimed at the customer's omission.
    // ...not regret at what the customer could not do ("szkoda, że nie mogła Pani przyjść").
    'szkoda,? że (pan |pani |państwo )?nie (?!(mog|zdąży|był|miał|dosta|otrzyma|udał))\\p{L}+(ł|ła|li|ął|ęła|łeś|łaś)',
    // Closing the discussion: "odpowiedź się nie zmieni", "to już piąty komentarz w tej sprawie".
    'odpowiedź (się )?nie zmieni',
    'nie mamy (nic|niczego) (więcej )?do dodania',
    'to już (\\p{L}+ )?(komentarz|wpis|post|wiadomość) w tej sprawie',
    // "Z całym szacunkiem, ale...": deference before contradicting.
    'z całym (należnym )?szacunkiem',
    // "Nie wiemy, co Pan robił z telefonem": insinuating misuse.
    'nie wiemy,? co (pan|pani|państwo|ty) (\\p{L}+ )?(robi|zrobi)\\p{L}*',
    // Not understanding the complaint: "nie rozumiemy, dlaczego Pan pisze tutaj".
    'nie (rozumiemy|rozumiem),? (dlaczego|czemu|po co) (pan|pani|państwo|ty)',
    // "Nie rozumiem, jak można zostawić telefon i mieć pretensje" (not "nie rozumiemy, jak to się stało").
    'nie (rozumiemy|rozumiem),? jak (można|pan|pani|państwo)',
    'nie ponosimy (żadnej )?odpowiedzialności',
    // "As we already said", in any order: "jak już wcześniej pisaliśmy", "już dwa razy tłumaczyliśmy".
    '(jak|co) (już )?(wcześniej |kilkukrotnie |wielokrotnie |kilka razy |dwa razy )?(pisaliśmy|mówiliśmy|wyjaśnialiśmy|informowaliśmy|tłumaczyliśmy|odpowiadaliśmy|wyjaśniliśmy|napisaliśmy|wspominaliśmy|wspomnieliśmy|podkreślaliśmy|zaznaczaliśmy|zaznaczyliśmy)',
    '(już|ponownie|wielokrotnie|kilkukrotnie) ~ (pisaliśmy|mówiliśmy|wyjaśnialiśmy|informowaliśmy|tłumaczyliśmy|odpowiadaliśmy|wyjaśniliśmy|napisaliśmy)',
    'nie będziemy (tego |znowu |ciągle |wciąż )?(powtarzać|tłumaczyć|wyjaśniać)',
    '(po raz (kolejny|ostatni|trzeci|drugi)) (tłumaczymy|wyjaśniamy|powtarzamy|informujemy|piszemy)',
    '(proszę|prosimy) się uspokoić',
    'uspokój się',
    'był(|a|o) pan(|i) (informowan*|poinformowan*|uprzedzon*)',
    'został(|a) pan(|i) (poinformowan*|uprzedzon*)',
    // Arguing with the customer in public (families, not phrases; from the fourth blind set's DEV errors).
    // Disbelief and denial: "trudno nam uwierzyć", "to po prostu nieprawda", "z naszych danych wynika co innego".
    '(trudno|ciężko) (nam |jest )?(uwierzyć|oczekiwać|powiedzieć,? żeby|powiedzieć,? że nikt)',
    'to (po prostu |zwyczajnie |zwykła |najzwyczajniej )?nieprawda',
    '(wynika|wynikają|pokazuje|pokazują|mówi|mówią) (\\p{L}+ )?co innego',
    'nie (zgadzamy|możemy zgodzić) się z (tą|tym|pana|pani|państwa|twoją|twoim|zarzut)*',
    '(skoro|jak) (pan|pani|państwo|ty) (twierdzi|twierdzisz|twierdzą|pisze|piszesz)',
    '(hmm|hm),? (ciekawe|a (czy|może|gdzie|kiedy))',
    // "Everyone manages", "some customers forget", "it's not quantum physics".
    'niektórzy (klienci |pasażerowie |użytkownicy |goście |kierowcy |członkowie )?(zapominają|myślą|sądzą|uważają|nie wiedzą)',
    'każdy,? kto',
    '(jak |co )?(powszechnie|wszystkim) wiadomo',
    'nie (jest )?(to )?(fizyka kwantowa|wiedza tajemna|filozofia)|to nie fizyka|to nie (jest )?rocket science',
    '(radzą|radzi) sobie z (nią|tym|nim) (bez problemu )?(\\p{L}+ )?(miliony|tysiące|setki|wszyscy|inni)',
    // Told again: "informowaliśmy Pana już trzykrotnie", "prosiliśmy o to już w pierwszej odpowiedzi".
    '(informowaliśmy|pisaliśmy|wyjaśnialiśmy|tłumaczyliśmy|odpowiadaliśmy|prosiliśmy) ~ (już )?(dwukrotnie|trzykrotnie|kilkakrotnie|wielokrotnie|kilka razy|w pierwszej|wcześniej)',
    '(po raz )?(drugi|trzeci|czwarty|kolejny|enty) raz (już )?(piszemy|tłumaczymy|wyjaśniamy|powtarzamy)',
    // ...the count after the verb: "odpisujemy tu już trzeci raz".
    '(piszemy|odpisujemy|tłumaczymy|wyjaśniamy|powtarzamy|odpowiadamy) (tu |tutaj |to )?(już )?(po raz )?(drugi|trzeci|czwarty|kolejny|enty|n-ty) raz',
    // Fault pushed elsewhere: "za którą nie odpowiadamy", "pretensje prosimy kierować do banku", "to nie błąd sklepu".
    '(za (którą|które|który|co|to)|za nią|za nie) nie (odpowiadamy|ponosimy)',
    'nie (odpowiadamy|ponosimy odpowiedzialności) za',
    'za ~ nie (odpowiadamy|ponosimy odpowiedzialności)',
    '(pretensje|reklamacje|skargi|uwagi) (prosimy |proszę |należy )?kierować',
    'to nie (jest )?(usterka|błąd|wina|problem) (sklepu|sieci|aplikacji|systemu|naszego|naszej|nasz|po naszej)',
    '(uszkodzenie|szkoda|usterka) nie powstał\\p{L}* (u nas|z naszej winy|po naszej stronie)',
    '(pana|pani|państwa|twój|twoja|twoje) (telefon|przeglądarka|router|bank|karta|sieć|komputer|laptop|urządzenie|pies|kot|dziecko) ~ (za star|blokuje|przegryzł|zniszczył|wysłał|kupił|nie obsługuje)*',
    // A non-apology that puts the problem in the customer's feelings: "przykro nam, że Pan tak to odbiera".
    '(przykro nam|żałujemy),? że (pan|pani|państwo|ty) (tak )?(to )?(odbiera|odebrał|odebrała|odczuwa|czuje|widzi)',
    // Rhetorical "wouldn't it have been easier".
    '(czy )?nie (byłoby|było by) (prościej|łatwiej|szybciej)',
    // Counterfactual and condescending reproach: "wiedziałby Pan", "gdyby Pan przyszedł o czasie", "jak widać na zdjęciu".
    'wiedział(a)?by(ś)? (pan|pani)?|wiedzieliby(ście)? (państwo)?',
    'gdyby(?<!jeśli gdyby) (tylko )?(pan|pani|państwo) (\\p{L}+ )?(?!chciał|chcieli|potrzebował|miał|mieli|życzył|zechciał )\\p{L}+(ł|ła|li)(?!by)',
    'gdyby (tylko )?zechciał\\p{L}* (pan|pani|państwo)',
    '(jak |co )?widać na (zdjęciu|zdjęciach|nagraniu|filmie|fotografii|zrzucie|zrzutach|screenie)|na (zdjęciu|zdjęciach|nagraniu|zrzucie|zrzutach|screenie) widać',
    '(zdjęcia|zdjęcie|nagranie|dane|logi) (wyraźnie|jasno|ewidentnie|jednoznacznie) (pokazuj|wskazuj)\\p{L}*',
    'zauważy(ł|ła)? (pan|pani|państwo) (zapewne|pewnie|na pewno)',
    'na przyszłość[:,]',
    '(prosimy|proszę) nie zgadywać',
    'własnym podpisem',
    '(\\p{L}+ł|\\p{L}+ła) (pan|pani) samodzielnie',
    'sam(a)? (pan|pani) (\\p{L}+ )?(zostawia|zostawił|zostawiła|wpisał|wpisała|podał|podała|wybrał|wybrała|zgodził|zgodziła)',
    // The customer's own act against them, with "instead of": "wpisałeś 00-950 zamiast 09-500".
    '(\\p{L}+(łeś|łaś)|\\p{L}+(ł|ła) (pan|pani)) ~ zamiast',
    '(wsiadł|wsiadła|pojawił|pojawiła|przyszedł|przyszła|spóźnił|spóźniła)(eś|aś)? (się )?(pan|pani) ',
    '(pan|pani) (się )?(spóźnił|spóźniła|pojawił|pojawiła)',
    'serio\\?|no ale przecież|nie no,',
    // More arguing families (the sixth blind set's DEV errors): the customer's own choice or act named, "to nie my",
    // "nikt nie obiecywał", "tak jak pisaliśmy", "po raz kolejny", evidence against their account.
    '(wybran|wpisan|podan|zamówion|zaznaczon|kliknięt|zaakceptowan|zrozumian)\\p{L}* przez (pana|panią|państwa|ciebie|was)',
    // Only choosing or accepting: "przycisk, który Pan kliknął" (not "kartą, którą Pani płaciła": neutral).
    '(który|którą|które|co|którego) (pan|pani|państwo) (sam |sama |sami )?(kliknął|kliknęła|kliknęli|wybrał|wybrała|wybrali|zaakceptował|zaakceptowała|zaakceptowali|zaznaczył|zaznaczyła|podpisał|podpisała|zatwierdził|zatwierdziła|potwierdził|potwierdziła)',
    '(pan|pani|państwo|ty) (tak )?(to )?(zrozumiał|zrozumiała|zrozumieli|odczytał|odczytała|odczytali|zinterpretował)\\p{L}*',
    '(\\p{L}+(ł|ła) (pan|pani)|(pan|pani) \\p{L}+(ł|ła)) ~ z (literówką|błędem|pomyłką)',
    '(wybrał|wybrała|zamówił|zamówiła|kupił|kupiła|podał|podała|wpisał|wpisała|kliknął|kliknęła|zaznaczył|zaznaczyła|zaakceptował|zaakceptowała) (pan|pani) (sam|sama)',
    '(bo|ponieważ|gdyż|dlatego że) (\\p{L}+ )?(\\p{L}+ )?(podał|wpisał|wybrał|kliknął|zostawił|zgubił|zamówił|kupił|zgłosił|przyszedł|przyjechał|spóźnił)(a|eś|aś)? (się )?(pan|pani)',
    '(bo|ponieważ|gdyż) (\\p{L}+ )?nie (został|została|zostało|zostały) (skasowan|opłacon|podpisan|potwierdzon|uzupełnion|odebran|zgłoszon|wysłan|zamknięt|zabezpieczon)\\p{L}*',
    // ", a bilet kupiła Pani o 6:14": the customer's act set against the fact (a match may not start at the comma).
    'a(?<=, a) (\\p{L}+ ){0,2}(\\p{L}+(ł|ła|ął|ęła) (pan|pani)|(pan|pani) \\p{L}+(ł|ła|ął|ęła))',
    'to nie my',
    'nikt (\\p{L}+ )?nie (obiecywał|obiecał|mówił|twierdził|odmówił|zgubił|zniszczył|odjechał|zapewniał)',
    'nie (wiemy|wiem),? skąd',
    'trudno (to |tu )?(nazwać|mówić o)',
    '(tak )?jak (już )?(odpisaliśmy|odpisywaliśmy|pisaliśmy|informowaliśmy|wyjaśnialiśmy|tłumaczyliśmy|wspominaliśmy|odpisałam|odpisałem|pisałam|pisałem|mówiłam|mówiłem|tłumaczyłam|tłumaczyłem)',
    'po raz (kolejny|drugi|trzeci|czwarty|enty|n-ty)',
    '^(dziwne|ciekawe|no cóż|cóż)[,.!]',
    'czy (ktoś|pan|pani) w ogóle',
    'z (nagrania|monitoringu|historii logowań|logów|zapisu (kamer|monitoringu)) wynika',
    '(powiedziano|mówiono|przekazano|informowano) (panu|pani|państwu|ci) (\\p{L}+ )?(że|o)',
    // More arguing families (the seventh, ninth and tenth blind sets' DEV errors).
    // "Not our side": "problem nie leży po naszej stronie", "z naszej strony wszystko jest w porządku",
    // "...zrywają połączenie, nie nasza sieć", "to raczej Pana operator nie dostarcza SMS-ów".
    'nie (leży|jest|tkwi) po naszej stronie',
    '(z|po) naszej stron(y|ie) (wszystko )?(jest w porządku|działa (poprawnie|prawidłowo|bez zarzutu))',
    'nie(?<=, nie) (nasza|nasz|nasze) (sieć|system|serwer|aplikacja|usługa|łącze|wina)',
    'to (raczej|chyba|pewnie|prawdopodobnie) (pana|pani|państwa|twój|twoja) (operator|bank|telefon|router|sieć|poczta|urządzenie|przeglądarka|aplikacja|karta|dostawca)',
    // An ultimatum: "proszę podłączyć kabel i wtedy porozmawiamy" (not "zadzwonimy jutro i wtedy porozmawiamy").
    '(proszę|prosimy) \\p{L}+(ć|c) (\\p{L}+ ){0,3}i (dopiero )?wtedy (porozmawiamy|pogadamy)',
    // Refusing to argue, insisting on being right: "nie będziemy się tu przerzucać", "kara jest zasadna".
    'nie (będziemy|będę) się (tu |tutaj )?(z (panem|panią|państwem) )?(przerzucać|kłócić|spierać|licytować|przekomarzać)',
    '(kara|opłata|decyzja|odmowa|naliczenie|obciążenie) (jest|była|pozostaje) (w pełni |całkowicie |jak najbardziej )?(zasadn|słuszn|uzasadnion)*',
    // Denying what the customer says was promised: "konsultant niczego takiego nie obiecywał", "nigdy czegoś takiego nie pisaliśmy".
    '(niczego|nic|czegoś) takiego (\\p{L}+ )?nie (obiecywa|obieca|mówi|pisa|zapewnia|twierdzi)*',
    'nie (obiecywa|obieca|mówi|zapewnia)* (niczego|nic) takiego',
    // Sending the complaint elsewhere, or saying it is futile: "to sprawa do przychodni", "pretensje w komentarzach nic tu nie zmienią".
    '(pretensje|komentarze|wpisy|narzekanie|krzyki) (\\p{L}+ ){0,5}nic (tu |tutaj )?nie (zmienią|zmieni|pomogą|pomoże|dadzą|da)',
    'to (już )?sprawa (do|dla) (przychodni|lekarza|banku|operatora|producenta|ubezpieczyciela|poczty|sądu)',
    // Impatience with the customer: "my swoje zrobiliśmy", "czy Pan wreszcie odpisze", "łatwiej obwiniać kuriera".
    '(my )?swoje zrobiliśmy|zrobiliśmy swoje',
    '(czy|aż|kiedy|gdy) (pan|pani|państwo) wreszcie',
    '(łatwiej|prościej) (jest )?(obwiniać|winić|zrzucić|zrzucać|obarczyć|oskarżać)',
    '(niezależnie od tego|bez względu na to),? ile razy',
    'ile (by )?razy (pan|pani|państwo) (by )?(o to )?(nie )?(zapyta|pyta|napisze|pisze|poprosi|prosi)',
    '(zamiast|bez) (kolejn|następn|tylu|publiczn)* (wpis|komentarz|post)*',
    // "We warned you beforehand": "o wyłączeniu wody uprzedzaliśmy SMS-em dzień wcześniej" (not "nie uprzedziliśmy").
    '(uprzedzaliśmy|ostrzegaliśmy|uprzedziliśmy|ostrzegliśmy|informowaliśmy|poinformowaliśmy)(?<!nie \\p{L}+) ([^\\s.!?;,]+ ){0,3}(wcześniej|z wyprzedzeniem)',
    // Insinuated misuse: "rower nie psuje się sam z siebie" (not the owning "zepsuł się sam z siebie").
    'nie (psuje|psują|pęka|pękają|niszczy|niszczą|uszkadza|rozbija|zepsuł|zepsuła|zepsuło|pękł|pękła|pękło)* się (\\p{L}+ )?sam* z siebie',
    // "Jak można... i mieć pretensje", "Pani trochę przesadza".
    'mieć pretensje do',
    '(pan|pani|państwo|ty) (trochę |chyba |nieco |lekko |po prostu |mocno |zdecydowanie ){0,2}(przesadza|przesadzają|przesadzasz|przesadził|przesadziła|przesadzili|wyolbrzymia|dramatyzuje|histeryzuje|koloryzuje)',
    // "...przeczytał Pan chociaż nasz cennik": the least the customer should have done.
    '(przeczyta|sprawdzi|zajrza|zapozna|doczyta|obejrza|spojrza)* (pan|pani|państwo) (chociaż|choćby|przynajmniej)',
    '(chociaż|choćby|przynajmniej) (\\p{L}+ )?(przeczyta|doczyta|zajrza|zapozna)(ł|ła|li) (pan|pani|państwo)',
    // When the customer came, set against the agreed time: "umawialiśmy się na 10, a był Pan o 10:40".
    '(umawialiśmy|umówiliśmy|umawiałam|umawiałem|umówiłam|umówiłem) się ([^\\s.!?;]+ ){0,3}a (\\p{L}+(ł|ła) (pan|pani)|(pan|pani) \\p{L}+(ł|ła))',
    '(był|była|przyszedł|przyszła|dotarł|dotarła|przyjechał|przyjechała)(?<!(czy|jeśli|jeżeli|gdy) \\p{L}+) (pan|pani) (dopiero )?(o|po) \\d+',
    // Belittling the complaint: "myślałem, że chodzi o coś poważnego, a to jedna rzęsa", "Szczerze?".
    'chodzi o coś (poważn|ważn|większ)*,? a (to|tu)',
    '^szczerze\\?',
    // Information in plain sight: "godzina jest wydrukowana na samej górze".
    '(jest|był|była|było|są|widnieje) (wyraźnie |dużymi literami )?(wydrukowan|napisan|podan|zaznaczon)* (\\p{L}+ )?na (samej górze|samym dole|samym początku|pierwszej stronie)',
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
    // "The terms you accepted", either order: "regulamin, który Pan zaakceptował".
    '(z którym|z którymi|z którą) (pan |pani |państwo )?(się )?zapozna*',
    '(zaakceptował|zaakceptowała|zaakceptowali|zaakceptowałeś|zaakceptowałaś|akceptując|akceptuje) (pan |pani |państwo )?(regulamin|warunki|zasady|umowę|ogólne)*',
    '(pan|pani|państwo) (zaakceptował|zaakceptowała|zaakceptowali)',
    '(który|którą|które|których) (pan |pani |państwo |pan/pani )?(zaakceptował|zaakceptowała|zaakceptowali|zaakceptowałeś|zaakceptowałaś|przyjął|przyjęła|przyjęli|podpisał|podpisała|podpisali|akceptował|akceptowała)',
    '(jasno|wyraźnie|czarno na białym|dokładnie) (napisano|napisane|opisane|opisano|podane|podano|zaznaczone|zaznaczono|wskazane|wskazano|określone|określono)',
    '(napisane|opisane|podane|zaznaczone|wskazane) (było |są |jest )?(tam |tu )?(jasno|wyraźnie|czarno na białym)',
    '(były|było|był|była) (tam |tu )?(wyraźnie |jasno )?(opisane|napisane|podane|zaznaczone|wskazane)',
    // "In future please read...": a lesson, not a step.
    'na przyszłość (prosimy|proszę|radzimy|polecamy|warto|zalecamy)',
    '(prosimy|proszę|radzimy|polecamy) (\\p{L}+ )?(uważnie )?(czytać|czytanie|doczytywać|sprawdzać|zapoznawać się)',
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
