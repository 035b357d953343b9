/**
 * One language's first reply check in a fresh process, as when the panel first opens on a page: prints
 * `prepareRules` and the first and second checks in ms, as JSON. Run by the `rules` bench section.
 */
import { checkReply, prepareRules, type Lang } from '../../lib/rules/index';

const lang = (process.argv[2] ?? 'en') as Lang;
const REPLY: Record<Lang, string> = {
  en: "Hi Anna, I'm sorry the parcel is late. We'll send a replacement today; please DM us your order number.",
  pl: 'Pani Anno, bardzo przepraszamy za opóźnienie. Jeszcze dziś wyślemy nową paczkę kurierem. Prosimy o wiadomość prywatną z numerem zamówienia.',
  el: 'Γεια σας Μαρία, ζητούμε συγγνώμη για την καθυστέρηση. Θα σας στείλουμε νέο δέμα αύριο. Στείλτε μας προσωπικό μήνυμα με τον αριθμό παραγγελίας.',
  other: 'Sorry, we will fix it today. DM us.',
};
const t0 = performance.now();
prepareRules(lang);
const t1 = performance.now();
checkReply(REPLY[lang], { lang, platform: 'x' });
const t2 = performance.now();
checkReply(REPLY[lang], { lang, platform: 'x' });
const t3 = performance.now();
console.log(JSON.stringify({ prepare: t1 - t0, first: t2 - t1, second: t3 - t2 }));
