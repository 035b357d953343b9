/**
 * Bench section `rules`: reply-rule checks per second on realistic replies. English uses the 300 real
 * agent replies from shared/datasets/twcs-categories-en; Polish and Greek have no agent-reply dataset,
 * so they use hand-written replies of the kind the default packs contain, varied by name and time.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkReply, type Lang } from '../../lib/rules/index';
import { COMPANIES, loadReplies } from '../eval-rules';
import { percentile, type Bench } from './types';

const FIRST_CHECK = fileURLToPath(new URL('./rules-first-check.ts', import.meta.url));
const LANGS = ['en', 'pl', 'el', 'other'] as const;

/** Median of `runs` fresh processes: prepareRules, then the first and second check of a pack-style reply. */
function freshProcess(lang: Lang, runs = 3): Record<'prepare' | 'first' | 'second', number> {
  const samples = Array.from({ length: runs }, () =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', FIRST_CHECK, lang], { encoding: 'utf8' })) as Record<'prepare' | 'first' | 'second', number>,
  );
  const median = (k: 'prepare' | 'first' | 'second') => percentile(samples.map((x) => x[k]), 50);
  return { prepare: median('prepare'), first: median('first'), second: median('second') };
}

const PL = [
  'Pani {n}, bardzo przepraszamy za opóźnienie. Jeszcze dziś wyślemy nową paczkę kurierem, dotrze w ciągu {d} dni. Prosimy o wiadomość prywatną z numerem zamówienia.',
  'Przykro nam, że aplikacja się zawiesza. Spróbuj zaktualizować ją do najnowszej wersji; jeśli to nie pomoże, napisz do nas na priv, sprawdzimy to do {d}:00.',
  'Przepraszamy za utrudnienia. Zgodnie z regulaminem zwrot trwa {d} dni. Prosimy o podanie numeru zamówienia.',
  'Dzień dobry {n}, to nasz błąd – faktura miała złą kwotę. Zwrócimy różnicę w ciągu {d} dni roboczych. Szczegóły prześlemy mailowo, napisz nam proszę adres e-mail w wiadomości prywatnej.',
];
const EL = [
  'Γεια σας {n}, ζητούμε συγγνώμη για την καθυστέρηση. Θα σας στείλουμε νέο δέμα αύριο, εντός {d} ημερών. Στείλτε μας προσωπικό μήνυμα με τον αριθμό παραγγελίας.',
  'Λυπούμαστε πολύ για την ταλαιπωρία. Θα ελέγξουμε άμεσα τη χρέωση και θα σας καλέσουμε έως τις {d}:00. Επικοινωνήστε μαζί μας στο inbox.',
  'Ζητούμε συγγνώμη για την όποια ταλαιπωρία. Σύμφωνα με τους όρους δεν γίνεται επιστροφή. Στείλτε μας τον αριθμό παραγγελίας σας.',
  'ΣΥΓΝΩΜΗ {n}!! Θα σας στειλουμε νεο προιον σημερα, στειλτε μας μηνυμα στο inbox.',
];
const NAMES = ['Anna', 'Marek', 'Zofia', 'Μαρία', 'Γιώργο', 'Kasia'];

function variants(templates: string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    templates[i % templates.length]!.replace('{n}', NAMES[i % NAMES.length]!).replace(/\{d\}/g, String(2 + (i % 9))),
  );
}

function measure(texts: string[], lang: Lang, platform: string | undefined): { perSec: number; p50: number; p95: number } {
  for (const t of texts.slice(0, 50)) checkReply(t, { lang, platform }); // warm-up
  const samples: number[] = [];
  const rounds = 5;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = performance.now();
      checkReply(t, { lang, platform });
      samples.push(performance.now() - t0);
    }
  }
  const total = performance.now() - start;
  return { perSec: (samples.length / total) * 1000, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;

export const rulesBench: Bench = {
  name: 'rules',
  async run() {
    const rows: Array<[string, string]> = [];
    // As when the panel first opens on a page: a fresh process per language, nothing compiled or warm.
    for (const lang of LANGS) {
      const m = freshProcess(lang);
      rows.push([`fresh process, ${lang}: prepareRules + first check`, `${m.prepare.toFixed(1)} + ${m.first.toFixed(1)} ms  (second check ${m.second.toFixed(1)} ms; median of 3)`]);
    }
    // First call per language in this process, one after another (`other` reuses what en, pl and el built).
    for (const lang of LANGS) {
      const t0 = performance.now();
      checkReply('Sorry, we will fix it today. DM us.', { lang });
      rows.push([`first check, ${lang} (lexicon compile)`, `${(performance.now() - t0).toFixed(1)} ms`]);
    }
    const en = COMPANIES.flatMap(loadReplies).map((r) => r.text);
    const sets: Array<[string, string[], Lang, string | undefined]> = [
      [`en, ${en.length} TWCS agent replies, platform x`, en, 'en', 'x'],
      [`en, same replies, no platform`, en, 'en', undefined],
      ['pl, 300 pack-style replies, facebook', variants(PL, 300), 'pl', 'facebook'],
      ['el, 300 pack-style replies, x', variants(EL, 300), 'el', 'x'],
      ['en, 50 long replies (~2,000 chars), facebook', Array.from({ length: 50 }, (_, i) => en.slice(i, i + 15).join(' ')), 'en', 'facebook'],
    ];
    // Hostile: a long word right before an entry's words, which a per-entry regexp without the start
    // check inside it would rescan from every letter (quadratic).
    const hostile = 'a'.repeat(30_000) + ' literally x';
    const h0 = performance.now();
    checkReply(hostile, { lang: 'en' });
    rows.push(['en, a 30,000-letter word then "literally x" (once)', `${(performance.now() - h0).toFixed(1)} ms`]);
    for (const [label, texts, lang, platform] of sets) {
      const m = measure(texts, lang, platform);
      rows.push([label, `${Math.round(m.perSec).toLocaleString('en')} checks/s  (p50 ${us(m.p50)}, p95 ${us(m.p95)})`]);
    }
    return rows;
  },
};
