/**
 * `npm run eval [-- section …]`: the one evaluation report. Runs the section modules listed in
 * scripts/eval/sections.ts (or only those named on the command line) and prints their markdown, one
 * after another. Training-set cross-validation and external evaluation are separate sections.
 */
import { aimsTable } from './eval/aims';
import { writeItemLog } from './eval/item-log';
import { SECTIONS } from './eval/sections';

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !SECTIONS.includes(w));
if (unknown.length) {
  console.error(`Unknown eval section(s): ${unknown.join(', ')}. Known: ${SECTIONS.join(', ')}`);
  process.exit(2);
}
console.log(`# Soothe evaluation report (${new Date().toISOString().slice(0, 10)})\n`);
for (const name of wanted.length ? wanted : SECTIONS) {
  const started = performance.now();
  const mod = (await import(`./eval/${name}.ts`)) as { default: () => Promise<string> };
  const text = await mod.default();
  console.log(`${text.trim()}\n\n_section ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s_\n`);
}
const aims = aimsTable();
if (aims) console.log(`${aims}\n`);
writeItemLog();
