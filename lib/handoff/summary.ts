/**
 * The note a manager sends another team when handing a case over: where it is, who wrote what,
 * what triage made of it and how long the customer has been waiting. Plain text, in the panel's
 * language, for the clipboard or an e-mail.
 */
import { formatWait, type PanelStrings } from '../i18n/panel';
import type { TriageResult } from '../triage';
import type { Department } from './departments';
import type { HandOffStrings } from '../i18n/handoff';

export interface HandOffCase {
  url: string | null;
  author: string | null;
  text: string | null;
  triage: TriageResult | null;
  /** When the customer posted (epoch ms), when known. */
  postedAt: number | null;
}

export interface HandOffSummary {
  subject: string;
  body: string;
}

/** Longer posts are cut: the link carries the rest, and mail clients choke on huge mailto bodies. */
const MAX_TEXT = 1500;

export function buildHandOffSummary(c: HandOffCase, department: Department, now: number, t: PanelStrings, h: HandOffStrings): HandOffSummary {
  const tri = c.triage;
  const text = (c.text ?? '').trim();
  const quoted = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  const waited = c.postedAt !== null ? formatWait(Math.max(0, now - c.postedAt), t) : h.waitedUnknown;
  const lines = [
    h.greeting(department.name),
    '',
    `${h.fields.link}: ${c.url ?? h.unknown}`,
    `${h.fields.author}: ${c.author ?? h.unknown}`,
    `${h.fields.language}: ${tri ? t.languages[tri.lang] : h.unknown}`,
    `${h.fields.category}: ${tri ? (t.categories[tri.category] ?? tri.category) : h.unknown}`,
    `${h.fields.severity}: ${tri ? (t.severities[tri.severity] ?? tri.severity) : h.unknown}`,
    `${h.fields.escalation}: ${tri?.escalation ? tri.escalations.map((e) => t.escalations[e] ?? e).join(', ') : h.none}`,
    `${h.fields.waited}: ${waited}`,
    `${h.fields.agreed}: ${formatWait(department.agreedMs, t)}`,
    '',
    `${h.fields.text}:`,
    ...quoted.split('\n').map((l) => `> ${l}`),
    '',
    h.closing,
  ];
  const topic = tri ? (t.categories[tri.category] ?? tri.category) : h.caseWord;
  const subject = `${tri?.escalation ? '[!] ' : ''}${h.subject(topic, c.author)}`;
  return { subject, body: lines.join('\n') };
}

/** A mailto: link with the summary, or null when the department has no address. */
export function mailtoLink(department: Department, summary: HandOffSummary): string | null {
  if (!department.email) return null;
  // encodeURIComponent, not URLSearchParams: mail clients read "+" literally.
  return `mailto:${encodeURIComponent(department.email).replace(/%40/g, '@')}?subject=${encodeURIComponent(summary.subject)}&body=${encodeURIComponent(summary.body)}`;
}
