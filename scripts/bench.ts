/** `npm run bench [section...]`: run every benchmark section (or the named ones) and print the numbers. */
import { BENCHES } from './bench/index';

const wanted = process.argv.slice(2);
const sections = wanted.length ? BENCHES.filter((b) => wanted.includes(b.name)) : BENCHES;
if (wanted.length && sections.length !== wanted.length) {
  console.error(`Unknown bench section. Known: ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
for (const bench of sections) {
  console.log(`\n== ${bench.name}`);
  try {
    const rows = await bench.run();
    const width = Math.max(...rows.map(([l]) => l.length), 10);
    for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`);
  } catch (err) {
    console.log(`  failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
