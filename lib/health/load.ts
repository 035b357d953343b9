/** Template health from the log and the library, in the background (lib/health/report.ts does the sums). */
import type { Library } from '../library/store/library';
import type { SootheDB } from '../log/db';
import { healthExport, templateHealth, type HealthExport, type TemplateHealth } from './report';

export async function loadTemplateHealth(db: SootheDB, library: Library, packs: Array<{ id: string; version: string }>, now = Date.now()): Promise<{ health: TemplateHealth; export: HealthExport }> {
  const events = await db.events.where('type').anyOf(['template_inserted', 'reply_sent', 'seen']).toArray();
  const keys = [...new Set(events.filter((e) => e.type === 'reply_sent' && e.edit && e.caseKey).map((e) => e.caseKey!))];
  const cases = new Map((await db.cases.bulkGet(keys)).filter((c) => c !== undefined).map((c) => [c.key, c]));
  const health = templateHealth(events, cases, library.templates.map((t) => ({ id: t.id, lang: t.lang, title: t.title, packId: t.packId })));
  return { health, export: healthExport(health, packs, now) };
}
