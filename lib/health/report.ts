/**
 * Template health: for each template, how often it was chosen, how much managers changed it before
 * sending (median edit ratio, share largely rewritten), whether the customer's thread complained again
 * afterwards, and the phrases most often added or deleted; templates never chosen. Pure.
 *
 * The team export carries counts and ratios only — no phrases, no customer text, no handles, no links —
 * so a team lead can gather teammates' files and see the whole team beside the packs' versions.
 */
import { medianOfSorted } from '../log/metrics';
import type { Case, LogEvent } from '../log/events';
import { REWRITTEN_AT } from './edit';

/** After a reply, another complaint in the same thread within this time counts as a follow-up complaint. */
export const FOLLOW_UP_WINDOW_MS = 7 * 24 * 3_600_000;
const TOP_PHRASES = 5;

export interface HealthTemplate {
  id: string;
  lang: string;
  title: string;
  packId: string;
}

export interface TemplateHealthRow {
  templateId: string;
  lang: string;
  title: string | null;
  packId: string | null;
  /** Times inserted. */
  used: number;
  /** Replies sent that started from it (with an edit measure). */
  sent: number;
  medianEditRatio: number | null;
  /** Share of sent replies with an edit ratio ≥ REWRITTEN_AT. */
  rewrittenShare: number | null;
  /** Sent replies followed by another complaint in the same thread. */
  followUps: number;
  followUpShare: number | null;
  added: Array<{ phrase: string; count: number }>;
  deleted: Array<{ phrase: string; count: number }>;
}

export interface TemplateHealth {
  rows: TemplateHealthRow[];
  neverChosen: HealthTemplate[];
}

function top(counts: Map<string, number>): Array<{ phrase: string; count: number }> {
  return [...counts].map(([phrase, count]) => ({ phrase, count })).sort((a, b) => b.count - a.count || a.phrase.localeCompare(b.phrase)).slice(0, TOP_PHRASES);
}

/** Packs in different languages reuse template ids ("delivery.late" in en, pl, el): a template is its id and language. */
const keyOf = (id: string, lang: string) => `${id}\u0000${lang}`;

export function templateHealth(events: Iterable<LogEvent>, cases: Map<string, Pick<Case, 'threadId' | 'lang' | 'postId'>>, templates: HealthTemplate[]): TemplateHealth {
  const byKey = new Map(templates.map((t) => [keyOf(t.id, t.lang), t]));
  const acc = new Map<string, { id: string; lang: string; used: number; ratios: number[]; followUps: number; added: Map<string, number>; deleted: Map<string, number> }>();
  const get = (id: string, lang: string) => {
    let a = acc.get(keyOf(id, lang));
    if (!a) acc.set(keyOf(id, lang), (a = { id, lang, used: 0, ratios: [], followUps: 0, added: new Map(), deleted: new Map() }));
    return a;
  };
  const langOf = (e: LogEvent) => e.context?.lang ?? (e.caseKey ? cases.get(e.caseKey)?.lang : undefined) ?? 'other';
  // Complaints seen per thread, to find a complaint that came after a reply.
  const seenInThread = new Map<string, Array<{ at: number; postId: string | null }>>();
  const sent: LogEvent[] = [];
  for (const e of events) {
    if (e.type === 'template_inserted' && e.templateId) get(e.templateId, langOf(e)).used++;
    else if (e.type === 'reply_sent' && e.edit) sent.push(e);
    else if (e.type === 'seen' && e.context?.threadId && e.context.isComplaint !== false) {
      const key = `${e.platform}:${e.context.threadId}`;
      const list = seenInThread.get(key) ?? [];
      list.push({ at: e.at, postId: e.postId });
      seenInThread.set(key, list);
    }
  }
  for (const e of sent) {
    const edit = e.edit!;
    const a = get(edit.templateId, langOf(e));
    a.ratios.push(edit.ratio);
    for (const p of edit.added) a.added.set(p, (a.added.get(p) ?? 0) + 1);
    for (const p of edit.deleted) a.deleted.set(p, (a.deleted.get(p) ?? 0) + 1);
    const c = e.caseKey ? cases.get(e.caseKey) : undefined;
    const thread = c?.threadId ? seenInThread.get(`${e.platform}:${c.threadId}`) : undefined;
    if (thread?.some((s) => s.at > e.at && s.at <= e.at + FOLLOW_UP_WINDOW_MS && s.postId !== e.postId)) a.followUps++;
  }
  const rows: TemplateHealthRow[] = [...acc].map(([key, a]) => {
    const t = byKey.get(key);
    const ratios = Float64Array.from(a.ratios).sort();
    return {
      templateId: a.id,
      lang: a.lang,
      title: t?.title ?? null,
      packId: t?.packId ?? null,
      used: a.used,
      sent: ratios.length,
      medianEditRatio: medianOfSorted(ratios),
      rewrittenShare: ratios.length ? ratios.filter((r) => r >= REWRITTEN_AT).length / ratios.length : null,
      followUps: a.followUps,
      followUpShare: ratios.length ? a.followUps / ratios.length : null,
      added: top(a.added),
      deleted: top(a.deleted),
    };
  });
  rows.sort((x, y) => y.used - x.used || x.templateId.localeCompare(y.templateId));
  return { rows, neverChosen: templates.filter((t) => !acc.has(keyOf(t.id, t.lang))) };
}

// --- the team export -------------------------------------------------------------------------------

export const HEALTH_FORMAT = 'soothe-template-health';
export const HEALTH_VERSION = 1;

export interface HealthExportRow {
  templateId: string;
  lang: string;
  used: number;
  sent: number;
  medianEditRatio: number | null;
  rewrittenShare: number | null;
  followUps: number;
}

export interface HealthExport {
  format: typeof HEALTH_FORMAT;
  version: typeof HEALTH_VERSION;
  exportedAt: string;
  /** The packs installed when exported, with their versions: numbers are read beside them. */
  packs: Array<{ id: string; version: string }>;
  templates: HealthExportRow[];
  neverChosen: string[];
}

export function healthExport(h: TemplateHealth, packs: Array<{ id: string; version: string }>, now: number): HealthExport {
  return {
    format: HEALTH_FORMAT,
    version: HEALTH_VERSION,
    exportedAt: new Date(now).toISOString(),
    packs,
    templates: h.rows.map(({ templateId, lang, used, sent, medianEditRatio, rewrittenShare, followUps }) => ({ templateId, lang, used, sent, medianEditRatio, rewrittenShare, followUps })),
    neverChosen: h.neverChosen.map((t) => `${t.lang}:${t.id}`),
  };
}

const ID = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

/** A teammate's file, checked: anything else (a log export, customer text) is refused with the reason. */
export function parseHealthExport(text: string, name = 'file'): HealthExport {
  let doc: Partial<HealthExport>;
  try {
    doc = JSON.parse(text) as Partial<HealthExport>;
  } catch (err) {
    throw new Error(`${name}: not valid JSON (${(err as Error).message}).`);
  }
  if (!doc || doc.format !== HEALTH_FORMAT) throw new Error(`${name}: not a template health export (format is not "${HEALTH_FORMAT}").`);
  if (doc.version !== HEALTH_VERSION) throw new Error(`${name}: unsupported version ${JSON.stringify(doc.version)}.`);
  if (!Array.isArray(doc.templates) || !Array.isArray(doc.packs) || !Array.isArray(doc.neverChosen)) throw new Error(`${name}: templates, packs or neverChosen missing.`);
  const ratio = (x: unknown) => x === null || (typeof x === 'number' && x >= 0 && x <= 1);
  const count = (x: unknown) => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  doc.templates.forEach((r, i) => {
    const ok = r && typeof r.templateId === 'string' && ID.test(r.templateId) && typeof r.lang === 'string' && r.lang.length <= 10 && count(r.used) && count(r.sent) && count(r.followUps) && ratio(r.medianEditRatio) && ratio(r.rewrittenShare);
    if (!ok) throw new Error(`${name}: templates[${i}] is not a row of counts and ratios.`);
  });
  doc.packs.forEach((p, i) => {
    if (!p || typeof p.id !== 'string' || typeof p.version !== 'string' || p.id.length > 200 || p.version.length > 50) throw new Error(`${name}: packs[${i}] needs an id and a version.`);
  });
  if (!doc.neverChosen.every((t) => typeof t === 'string' && /^[a-z]{2,5}:/.test(t) && ID.test(t.slice(t.indexOf(':') + 1)))) throw new Error(`${name}: neverChosen must list "lang:template-id".`);
  return {
    format: HEALTH_FORMAT,
    version: HEALTH_VERSION,
    exportedAt: String(doc.exportedAt ?? ''),
    packs: doc.packs.map(({ id, version }) => ({ id, version })),
    templates: doc.templates.map(({ templateId, lang, used, sent, medianEditRatio, rewrittenShare, followUps }) => ({ templateId, lang, used, sent, medianEditRatio, rewrittenShare, followUps })),
    neverChosen: [...doc.neverChosen],
  };
}

export interface TeamRow {
  templateId: string;
  lang: string;
  used: number;
  sent: number;
  /** Teammates who used it, and each one's median edit ratio (a median of medians would mislead). */
  people: number;
  medians: number[];
  /** Rewritten replies over all teammates (share × sent, summed). */
  rewrittenShare: number | null;
  followUps: number;
  /** Teammates who never chose it (exports list these as "lang:template-id"). */
  neverChosenBy: number;
}

/** Several teammates' exports side by side: sums where sums mean something, each person's median kept. */
export function teamHealth(files: HealthExport[]): TeamRow[] {
  const rows = new Map<string, TeamRow & { rewritten: number }>();
  const row = (id: string, lang: string) => {
    let r = rows.get(keyOf(id, lang));
    if (!r) rows.set(keyOf(id, lang), (r = { templateId: id, lang, used: 0, sent: 0, people: 0, medians: [], rewrittenShare: null, followUps: 0, neverChosenBy: 0, rewritten: 0 }));
    return r;
  };
  for (const f of files) {
    for (const t of f.templates) {
      const r = row(t.templateId, t.lang);
      r.used += t.used;
      r.sent += t.sent;
      r.followUps += t.followUps;
      if (t.used > 0) r.people++;
      if (t.medianEditRatio !== null) r.medians.push(t.medianEditRatio);
      r.rewritten += Math.round((t.rewrittenShare ?? 0) * t.sent);
    }
    for (const n of f.neverChosen) row(n.slice(n.indexOf(':') + 1), n.slice(0, n.indexOf(':'))).neverChosenBy++;
  }
  return [...rows.values()]
    .map(({ rewritten, ...r }) => ({ ...r, rewrittenShare: r.sent ? rewritten / r.sent : null }))
    .sort((a, b) => b.used - a.used || a.templateId.localeCompare(b.templateId));
}
