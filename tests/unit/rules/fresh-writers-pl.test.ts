/**
 * Polish fix and blame families learnt from the seventh, ninth and tenth blind sets' DEV errors
 * (scripts/eval/data/replies-{7,9,10}.synthetic.jsonl). Every sentence here is our own, never a set's line:
 * for each family, sentences that must match (in more than one inflection or word order where the family
 * has them) and look-alikes that must stay clean.
 */
import { describe, it } from 'vitest';
import { expectEach } from './helpers';

describe('pl fix: remedies said another way', () => {
  it('an owner in the first person, giving back or ordering it done', () => {
    expectEach('fix', 'pl', true, [
      'Oddaję Panu pieniądze za ostatnie zajęcia.',
      'Resztę kwoty oddam przy następnej wizycie.',
      'Zlecamy nowy odbiór paczki na środę.',
      'Mogę dać Pani 15% zniżki na kolejny zabieg.',
      'Nową wizytę mogę przepisać na poniedziałek rano.',
      'Zwrot różnicy możemy przyznać od ręki.',
    ]);
    expectEach('fix', 'pl', false, ['Oddaję głos koledze z serwisu.', 'Nie mogę dać gwarancji, że to się nie powtórzy.']);
  });

  it('a remedy already done, first person past (more verbs)', () => {
    expectEach('fix', 'pl', true, [
      'Odłożyliśmy dla Pana ostatnią sztukę tego modelu.',
      'Dołożyłam do zamówienia drugi komplet gratis.',
      'Zwiększyliśmy Panu pakiet minut do końca miesiąca.',
      'Przyspieszyliśmy wysyłkę Pani zamówienia.',
      'Oddaliśmy różnicę na Pani kartę.',
      'Konto reaktywowaliśmy dziś rano.',
    ]);
    expectEach('fix', 'pl', false, ['Dołożyliśmy wszelkich starań, żeby zdążyć.', 'Urośliśmy w tym roku o dwa sklepy.']);
  });

  it('the perfective future of -ować verbs, not the -ujemy present', () => {
    expectEach('fix', 'pl', true, ['Przebukujemy Panu lot na sobotę.', 'Jutro odblokujemy dostęp do konta.', 'Zrefunduję Pani koszt dojazdu.']);
    expectEach('fix', 'pl', false, ['Dziękujemy za cierpliwość.', 'Pracujemy nad nową wersją strony.', 'Potrzebujemy więcej informacji.']);
  });

  it('done just now, or ready and waiting for the customer', () => {
    expectEach('fix', 'pl', true, [
      'Termin został już zmieniony na piątek.',
      'Przesyłka została wysłana dzisiaj przed południem.',
      'Pani reklamowana kurtka jest już do odbioru w salonie.',
      'Nowy bilet już jest do pobrania w aplikacji.',
      'Pani voucher jest już w zakładce Moje bony.',
      'Zamówienie zostało przekierowane do innego punktu odbioru.',
    ]);
    expectEach('fix', 'pl', false, [
      'Rozkład został zmieniony w zeszłym roku.',
      'Regulamin jest do pobrania na naszej stronie.',
      'Przesyłka została wysłana zgodnie z zamówieniem.',
    ]);
  });

  it('help on site or on its way', () => {
    expectEach('fix', 'pl', true, ['Hydraulik jest już na miejscu.', 'Cysterna z wodą stoi już pod szkołą.', 'Nowy czytnik już w drodze do Pana.']);
    expectEach('fix', 'pl', false, ['Czekamy na informację z magazynu.', 'Kierowca stał pod blokiem o 8:00.']);
  });

  it('a remedy offered or given free, or a charge dropped', () => {
    expectEach('fix', 'pl', true, [
      'Proponujemy darmową wymianę filtra.',
      'Proponuję poprawkę fryzury bez opłaty.',
      'Do każdej pizzy dorzucimy dziś napój gratis.',
      'Za wczorajszą przerwę nie naliczymy opłaty abonamentowej.',
    ]);
    expectEach('fix', 'pl', false, ['Proponujemy kontakt przez formularz.', 'Dostawa jest bezpłatna od 200 zł.', 'Niestety naliczymy opłatę za anulowanie.']);
  });

  it('a change in effect from a near date, not opening hours', () => {
    expectEach('fix', 'pl', true, ['Nowy cennik obowiązuje od jutra.', 'Od dziś działa druga kasa.', 'Internet działa ponownie od 14:30.']);
    expectEach('fix', 'pl', false, ['Sklep działa od 9:00 do 18:00.', 'Biuro działa od poniedziałku do piątku.']);
  });

  it('a stopgap or a replacement', () => {
    expectEach('fix', 'pl', true, [
      'W międzyczasie można zapłacić przelewem na konto sklepu.',
      'Do tego czasu kursują autobusy zastępcze spod dworca.',
      'Na czas naprawy dostanie Pan samochód zastępczy.',
    ]);
    expectEach('fix', 'pl', false, ['W międzyczasie prosimy o cierpliwość.', 'Nie mamy niestety samochodu zastępczego.']);
  });

  it('a step for the customer, said another way', () => {
    expectEach('fix', 'pl', true, [
      'Wystarczy w panelu klienta zmienić hasło.',
      'Wystarczy tylko wyczyścić pamięć podręczną.',
      'Trzeba wejść w Ustawienia i wybrać Konto.',
      'Należy zaktualizować aplikację do wersji 8.',
      'Proszę odinstalować program i pobrać go jeszcze raz.',
      'Odinstaluj grę i zainstaluj ją ponownie.',
      'Zmiana kanału w routerze rozwiąże problem.',
      'Zwykle pomaga ponowne sparowanie słuchawek.',
      'Przelew wyjdzie tego samego dnia.',
    ]);
    expectEach('fix', 'pl', false, [
      'Trzeba było zaktualizować aplikację.',
      'Nie wiemy jeszcze, co rozwiąże problem.',
      'Wystarczy nam Pana numer zamówienia.',
    ]);
  });

  it('a courier bringing it at a time', () => {
    expectEach('fix', 'pl', true, ['Kurier dowiezie torbę w czwartek do 16:00.', 'Kurierka doręczy paczkę jutro rano.']);
    expectEach('fix', 'pl', false, ['Kurier dzwonił wczoraj dwa razy.']);
  });
});

describe('pl fix: look-alikes that commit to nothing', () => {
  it('an order or a letter arriving is a status fact; money arriving stays a fix', () => {
    expectEach('fix', 'pl', false, ['Pana wniosek wpłynął do nas w środę.', 'Zamówienie wpłynęło po godzinie 18.']);
    expectEach('fix', 'pl', true, ['Na Pani konto wpłynęło już 120 zł.']);
  });

  it('returns as a policy topic are no refund; a refund ordered is', () => {
    expectEach('fix', 'pl', false, [
      'Zwroty przyjmujemy w ciągu 14 dni od zakupu.',
      'Fakturę korygującą wystawiamy po otrzymaniu zwrotu.',
      'Jeśli nie dostał Pan zwrotu, proszę dać znać.',
    ]);
    expectEach('fix', 'pl', true, ['Zleciliśmy dziś zwrot całej kwoty.', 'Zwrot został zlecony do banku.', 'Otrzyma Pan zwrot w ciągu 3 dni.']);
  });

  it('what we found, showing, explaining and details in private are no remedy', () => {
    expectEach('fix', 'pl', false, [
      'Sprawdziliśmy historię zamówienia.',
      'Zapraszamy na priv, pokażemy szczegóły rozliczenia.',
      'Wytłumaczymy wszystko w wiadomości prywatnej.',
      'Szczegóły wyślemy na priv.',
      'Dzięki, przekażemy kelnerom!',
      'Proszę o telefon, ogarniemy temat.',
    ]);
    expectEach('fix', 'pl', true, ['Sprawdziliśmy rachunek i zwróciliśmy nadpłatę.', 'Przekażemy Panu nowy kod jutro.']);
  });

  it('wanting to fix, or agreeing on a remedy later, is no fix', () => {
    expectEach('fix', 'pl', false, ['Chcielibyśmy to naprawić, prosimy o wiadomość.', 'Prosimy o kontakt na czacie, ustalimy formę zadośćuczynienia.']);
    expectEach('fix', 'pl', true, ['Naprawimy to jeszcze w tym tygodniu.']);
  });

  it('a notice on a future event is no fix', () => {
    expectEach('fix', 'pl', false, ['Kiedy zamówienie zostanie spakowane, otrzyma Pani maila.', 'Dostanie Pan SMS z kodem odbioru.']);
    expectEach('fix', 'pl', true, ['Nowa karta zostanie wysłana jutro.']);
  });
});

describe('pl blame: arguing constructions', () => {
  it('not our side, the customer\'s equipment or provider instead', () => {
    expectEach('blame', 'pl', true, [
      'Usterka nie leży po naszej stronie.',
      'Po naszej stronie wszystko działa poprawnie.',
      'To Pana dekoder gubi sygnał, nie nasza sieć.',
      'To chyba Pani bank blokuje płatność.',
    ]);
    expectEach('blame', 'pl', false, ['Błąd był po naszej stronie, przepraszamy.', 'To Pana pierwsza wizyta u nas?']);
  });

  it('refusing to argue, insisting on being right, an ultimatum', () => {
    expectEach('blame', 'pl', true, [
      'Nie będziemy się tutaj spierać.',
      'Nie będę się z Panią kłócić w komentarzach.',
      'Opłata była w pełni zasadna.',
      'Prosimy zrestartować modem i dopiero wtedy porozmawiamy.',
    ]);
    expectEach('blame', 'pl', false, ['Zadzwonimy jutro i wtedy porozmawiamy o szczegółach.', 'Opłata zostanie zwrócona.']);
  });

  it('denying what the customer says was promised', () => {
    expectEach('blame', 'pl', true, ['Sprzedawca nic takiego Panu nie mówił.', 'Nie obiecywaliśmy niczego takiego.', 'Kasjerka niczego takiego nie zapewniała.']);
    expectEach('blame', 'pl', false, ['Konsultant obiecał zwrot i go dotrzyma.']);
  });

  it('sending the complaint elsewhere, or calling it futile', () => {
    expectEach('blame', 'pl', true, ['To już sprawa do banku, nie do nas.', 'Komentarze pod postem nic tu nie zmienią.']);
    expectEach('blame', 'pl', false, ['Sprawa trafi do działu reklamacji.']);
  });

  it('impatience with the customer', () => {
    expectEach('blame', 'pl', true, [
      'My swoje zrobiliśmy.',
      'Czekamy, aż Pani wreszcie prześle zdjęcia.',
      'Łatwiej obwiniać sklep niż sprawdzić adres.',
      'Bez względu na to, ile razy Pan napisze, odpowiedź będzie ta sama.',
      'Zamiast kolejnych komentarzy prosimy o numer zamówienia.',
      'Tłumaczymy to już trzeci raz.',
      'Jak już odpisywaliśmy, sklep jest zamknięty w niedzielę.',
    ]);
    expectEach('blame', 'pl', false, ['Pani paczka wreszcie dotarła, cieszymy się.', 'Zamiast zwrotu możemy zaproponować wymianę.']);
  });

  it('we warned you beforehand, and counterfactuals with the object first', () => {
    expectEach('blame', 'pl', true, [
      'O przerwie w dostawie prądu informowaliśmy tydzień wcześniej.',
      'Uprzedzaliśmy o tym z wyprzedzeniem.',
      'Gdyby ją Pan przeczytał, wiedziałby Pan o terminie.',
      'Gdyby bilet został opłacony w aplikacji, nie byłoby kary.',
    ]);
    expectEach('blame', 'pl', false, ['Nie uprzedziliśmy Państwa wcześniej i bardzo przepraszamy.', 'Przyjdziemy wcześniej, żeby wszystko przygotować.']);
  });

  it('a clearing relative clause is no reproach', () => {
    expectEach('blame', 'pl', false, ['Przepraszamy, zrobił Pan wszystko, co mógł Pan zrobić.']);
    expectEach('blame', 'pl', true, ['Mógł Pan po prostu zadzwonić na infolinię.']);
  });

  it('staff as the subject of "should have" owns the mistake', () => {
    expectEach('blame', 'pl', false, ['Konduktor nie powinien był wypisywać mandatu.', 'Kontroler powinien był to zauważyć.']);
  });

  it('insinuated misuse, exaggeration, the least the customer should have done', () => {
    expectEach('blame', 'pl', true, [
      'Ekspres nie psuje się sam z siebie po tygodniu.',
      'Pan chyba trochę przesadza z tą oceną.',
      'Nie rozumiem, jak można zgubić bilet i mieć pretensje do kierowcy.',
      'Wolelibyśmy, żeby sprawdził Pan chociaż cennik.',
    ]);
    expectEach('blame', 'pl', false, [
      'Pani nie przesadza, to był nasz błąd.',
      'Nie rozumiemy, jak to się stało, i przepraszamy.',
      'Zamek zepsuł się sam z siebie, wymienimy go.',
    ]);
  });

  it('when the customer came, set against the time agreed', () => {
    expectEach('blame', 'pl', true, ['Umówiliśmy się na 9:00, a przyszła Pani po 10.', 'Dotarł Pan dopiero o 18:20.']);
    expectEach('blame', 'pl', false, ['Czy był Pan o 10 na miejscu?', 'Umówiliśmy się na 9:00 i czekamy na Panią.']);
  });

  it('belittling the complaint, evidence in plain sight', () => {
    expectEach('blame', 'pl', true, [
      'Myślałam, że chodzi o coś poważnego, a to tylko odprysk lakieru.',
      'Szczerze? Nie widzimy problemu.',
      'Cena jest wyraźnie napisana na pierwszej stronie.',
      'Hmm, a może aplikacja nie była zaktualizowana?',
      'Na zrzucie widać starą wersję.',
    ]);
    expectEach('blame', 'pl', false, ['Szczerze przepraszamy za kłopot.', 'Chodzi o coś poważniejszego, zajmiemy się tym osobiście.', 'Cena na stronie była błędna.']);
  });
});
