/**
 * Hand a case to another team (logistics, billing, PR, legal…), folded until asked for: pick the
 * team, Soothe logs the hand-off (not a reply: the customer's clock keeps running) and prepares a
 * summary to copy or e-mail. Shown only when the panel's case session can log a hand-off. Teams and their
 * addresses are only read here: they are changed in the options page, never in the page (#13).
 */
import { useEffect, useState } from 'react';
import { canHandOff, type CaseSession, type Notice, type PanelData } from '@/lib/content/case/contract';
import type { Department } from '@/lib/handoff/departments';
import { loadDepartments as loadStored } from '@/lib/handoff/store';
import { buildHandOffSummary, mailtoLink, type HandOffSummary } from '@/lib/handoff/summary';
import { handOffStrings, type HandOffStrings } from '@/lib/i18n/handoff';
import { HANDOFF_STRINGS } from '@/lib/i18n/handoff';
import type { PanelStrings } from '@/lib/i18n/panel';

export interface HandOffProps {
  session: CaseSession;
  data: PanelData;
  t: PanelStrings;
  h?: HandOffStrings;
  loadDepartments?: () => Promise<Department[]>;
  now?: () => number;
}

interface Done {
  department: Department;
  notice: Notice;
  summary: HandOffSummary;
}

async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Pages can deny the async clipboard (permissions policy, no focus): select and copy the old way.
    if (!fallback) return false;
    fallback.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export function HandOff({ session, data, t, h = HANDOFF_STRINGS[t.locale] ?? handOffStrings(), loadDepartments = loadStored, now = Date.now }: HandOffProps) {
  const [expanded, setExpanded] = useState(false);
  const [departments, setDepartments] = useState<Department[] | null>(null);
  const [chosen, setChosen] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [box, setBox] = useState<HTMLTextAreaElement | null>(null);

  const able = canHandOff(session);
  useEffect(() => {
    if (!able || !expanded) return;
    let live = true;
    loadDepartments().then(
      (list) => live && (setDepartments(list), setChosen(list[0]?.id ?? '')),
      () => live && setDepartments([]),
    );
    return () => {
      live = false;
    };
  }, [loadDepartments, able, expanded]);

  if (!canHandOff(session)) return null;

  const handOff = async () => {
    const department = departments?.find((d) => d.id === chosen);
    if (!department || busy) return;
    setBusy(true);
    try {
      const outcome = await session.handOff(department);
      const summary = buildHandOffSummary({ url: outcome.url, author: data.focus.author, text: data.focus.text, triage: data.triage, postedAt: data.focus.postedAt }, department, now(), t, h);
      setDone({ department, notice: outcome.notice, summary });
      setCopyState('idle');
    } finally {
      setBusy(false);
    }
  };

  const fullText = done ? `${done.summary.subject}\n\n${done.summary.body}` : '';
  const mailto = done ? mailtoLink(done.department, done.summary) : null;

  return (
    <section className="soothe-handoff" data-soothe="handoff" aria-label={h.section}>
      <h2 className="soothe-heading">{h.section}</h2>
      {!expanded ? (
        <button type="button" onClick={() => setExpanded(true)} data-soothe="handoff-open">
          {h.open}
        </button>
      ) : departments === null ? null : departments.length === 0 ? (
        <p className="soothe-muted" data-soothe="handoff-none">
          {h.noDepartments} {h.departmentsInOptions}
        </p>
      ) : (
        <div className="soothe-form-actions">
          <select aria-label={h.department} value={chosen} onChange={(e) => setChosen(e.target.value)} data-soothe="handoff-department">
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
          <button type="button" className="soothe-primary" disabled={busy || !chosen} onClick={handOff} data-soothe="handoff-go">
            {h.handOff}
          </button>
        </div>
      )}
      {done && (
        <div data-soothe="handoff-summary">
          <p className={done.notice.kind === 'error' ? 'soothe-error' : 'soothe-success'} role={done.notice.kind === 'error' ? 'alert' : 'status'}>
            {done.notice.text}
          </p>
          <label className="soothe-field">
            <span>{h.summaryLabel}</span>
            <textarea ref={setBox} readOnly rows={8} value={fullText} style={{ width: '100%', boxSizing: 'border-box', fontFamily: 'inherit', fontSize: 12 }} data-soothe="handoff-text" />
          </label>
          <div className="soothe-form-actions">
            <button type="button" onClick={async () => setCopyState((await copyText(fullText, box)) ? 'copied' : 'failed')} data-soothe="handoff-copy">
              {h.copy}
            </button>
            {mailto ? (
              <a href={mailto} data-soothe="handoff-mailto">
                {h.sendEmail}
              </a>
            ) : (
              <span className="soothe-muted">{h.noEmail}</span>
            )}
          </div>
          {copyState !== 'idle' && (
            <p className={copyState === 'copied' ? 'soothe-success' : 'soothe-error'} role="status">
              {copyState === 'copied' ? h.copied : h.copyFailed}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
