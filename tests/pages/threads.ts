/**
 * Complaint threads for the demo and the end-to-end tests, written for this project (no real
 * people). Times are minutes before "now", so the response clock is meaningful whenever it runs.
 */
export interface DemoPost {
  id: string;
  handle: string;
  name: string;
  text: string;
  lang: 'en' | 'pl' | 'el';
  minutesAgo: number;
  replies?: number;
  likes?: number;
}

export interface DemoThread {
  /** Path on the real site the page is served at. */
  path: string;
  lang: 'en' | 'pl' | 'el';
  title: string;
  brand: { handle: string; name: string };
  /** The focal post (X) or the brand's post (Facebook), then the replies/comments in order. */
  posts: DemoPost[];
}

export const X_THREADS: DemoThread[] = [
  {
    path: '/marta_k/status/1790000000000000001',
    lang: 'en',
    title: 'Late parcel (English)',
    brand: { handle: 'parcelly', name: 'Parcelly' },
    posts: [
      { id: '1790000000000000001', handle: 'marta_k', name: 'Marta K.', lang: 'en', minutesAgo: 95, replies: 3, likes: 41,
        text: "@parcelly ordered on the 3rd, tracking has said 'in transit' for 9 days and nobody answers the chat. Where is my parcel?" },
      { id: '1790000000000000002', handle: 'dev_tom', name: 'Tom', lang: 'en', minutesAgo: 80, likes: 12,
        text: 'Same here, 3 weeks and nothing. Starting to think about a chargeback.' },
      { id: '1790000000000000003', handle: 'lucy_reads', name: 'Lucy', lang: 'en', minutesAgo: 60, likes: 2,
        text: 'Mine arrived yesterday, the box was crushed though 🙃' },
    ],
  },
  {
    path: '/kasia_w/status/1790000000000000011',
    lang: 'pl',
    title: 'Podwójne obciążenie (Polski)',
    brand: { handle: 'bankomatpl', name: 'Bankomat PL' },
    posts: [
      { id: '1790000000000000011', handle: 'kasia_w', name: 'Kasia W.', lang: 'pl', minutesAgo: 40, replies: 2, likes: 18,
        text: '@bankomatpl pobraliście mi opłatę dwa razy za ten sam przelew, a infolinia od wczoraj nie odbiera. Kiedy oddacie pieniądze?' },
      { id: '1790000000000000012', handle: 'piotr_n', name: 'Piotr N.', lang: 'pl', minutesAgo: 25, likes: 5,
        text: 'U mnie to samo, dwa razy zeszło z konta. Jak nie oddadzą do piątku, piszę do rzecznika finansowego.' },
    ],
  },
  {
    path: '/eleni_p/status/1790000000000000021',
    lang: 'el',
    title: 'Διακοπή ίντερνετ (Ελληνικά)',
    brand: { handle: 'netlinegr', name: 'NetLine' },
    posts: [
      { id: '1790000000000000021', handle: 'eleni_p', name: 'Ελένη Π.', lang: 'el', minutesAgo: 150, replies: 1, likes: 9,
        text: '@netlinegr τρίτη μέρα χωρίς ίντερνετ στο σπίτι και κανείς δεν μου λέει πότε θα έρθει τεχνικός. Πληρώνω κανονικά κάθε μήνα.' },
      { id: '1790000000000000022', handle: 'giorgos_m', name: 'Γιώργος', lang: 'el', minutesAgo: 100, likes: 3,
        text: 'Κι εμένα το ίδιο στο Παγκράτι, ούτε ένα μήνυμα από την εταιρεία.' },
    ],
  },
];

export const FACEBOOK_POSTS: DemoThread[] = [
  {
    path: '/freshbox/posts/pfbid0demoEn1',
    lang: 'en',
    title: 'Meal box complaints (English)',
    brand: { handle: 'freshbox', name: 'FreshBox' },
    posts: [
      { id: 'pfbid0demoEn1', handle: 'freshbox', name: 'FreshBox', lang: 'en', minutesAgo: 600,
        text: 'New autumn menu is live! 🍂 Which box are you trying first?' },
      { id: '1111111111111111', handle: 'anna.b', name: 'Anna Brook', lang: 'en', minutesAgo: 120, likes: 14,
        text: 'Third week in a row my box came without the ice packs and the chicken was warm. I had to throw half of it away.' },
      { id: '1111111111111112', handle: 'mike.d', name: 'Mike Dunn', lang: 'en', minutesAgo: 90, likes: 3,
        text: 'Looks tasty, ordering the veggie one!' },
    ],
  },
  {
    path: '/sklepdomek/posts/pfbid0demoPl1',
    lang: 'pl',
    title: 'Zwrot towaru (Polski)',
    brand: { handle: 'sklepdomek', name: 'Sklep Domek' },
    posts: [
      { id: 'pfbid0demoPl1', handle: 'sklepdomek', name: 'Sklep Domek', lang: 'pl', minutesAgo: 900,
        text: 'Nowa kolekcja lamp już w sklepie! Zapraszamy 💡' },
      { id: '2222222222222221', handle: 'joanna.k', name: 'Joanna Kowalska', lang: 'pl', minutesAgo: 200, likes: 22,
        text: 'Odesłałam lampę miesiąc temu, bo przyszła pęknięta, i do dziś nie dostałam zwrotu pieniędzy. Trzeci mail bez odpowiedzi.' },
    ],
  },
  {
    path: '/kafeteria.gr/posts/pfbid0demoEl1',
    lang: 'el',
    title: 'Λάθος παραγγελία (Ελληνικά)',
    brand: { handle: 'kafeteria.gr', name: 'Kafeteria' },
    posts: [
      { id: 'pfbid0demoEl1', handle: 'kafeteria.gr', name: 'Kafeteria', lang: 'el', minutesAgo: 700,
        text: 'Νέες γεύσεις φρέντο αυτή την εβδομάδα ☕' },
      { id: '3333333333333331', handle: 'nikos.a', name: 'Νίκος Α.', lang: 'el', minutesAgo: 45, likes: 6,
        text: 'Παρήγγειλα μέσω της εφαρμογής και ήρθε λάθος παραγγελία, κρύα και με μία ώρα καθυστέρηση. Απαράδεκτο.' },
    ],
  },
];
