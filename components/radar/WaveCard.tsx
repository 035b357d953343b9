/**
 * One crisis-radar wave: how many, since when, about what, where, how fast; two or three examples with
 * links; the team's crisis procedure as a checklist; one click hands the whole wave to a department
 * with a summary to copy or e-mail. Shared by the panel's banner and the popup.
 */
import { useState } from 'react';
import type { Department } from '@/lib/handoff/departments';
import type { HandOffSummary } from '@/lib/handoff/summary';
import type { RadarStrings } from '@/lib/i18n/radar';
import { waveTitle } from '@/lib/radar/handoff';
import type { HoldingOffer } from '@/lib/radar/holding';
import type { StoredAlert } from '@/lib/radar/types';

export interface WaveActions {
  setSteps(id: string, doneSteps: number[]): Promise<StoredAlert>;
  handOff(id: string, departmentId: string): Promise<{ summary: HandOffSummary; mailto: string | null; handedOff: number }>;
  dismiss?(id: string): Promise<unknown>;
}

const clock = (ms: number) => new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export function WaveCard({ alert, procedure, departments, actions, r, compact = false, holding, onInsert }: {
  alert: StoredAlert;
  procedure: string[];
  departments: Department[];
  actions: WaveActions;
  r: RadarStrings;
  compact?: boolean;
  /** Holding statements offered for this wave, rendered (lib/radar/holding.ts); undefined shows none. */
  holding?: HoldingOffer[];
  /** Puts a holding statement into the reply box the panel belongs to; absent where there is none (popup). */
  onInsert?(offer: HoldingOffer): Promise<void>;
}) {
  const [a, setA] = useState(alert);
  const [done, setDone] = useState<{ department: string; summary: HandOffSummary; mailto: string | null; handedOff: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = async (i: number) => {
    const steps = a.doneSteps.includes(i) ? a.doneSteps.filter((s) => s !== i) : [...a.doneSteps, i];
    setA({ ...a, doneSteps: steps });
    try {
      setA(await actions.setSteps(a.id, steps));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const handOff = async (d: Department) => {
    setBusy(true);
    setError(null);
    try {
      const res = await actions.handOff(a.id, d.id);
      setDone({ department: d.name, ...res });
      setA({ ...a, handedOffTo: d.name });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <article className="soothe-wave" data-testid="wave" data-wave-kind={a.kind}>
      <strong data-testid="wave-title">{waveTitle(a, r)}</strong>
      <p data-testid="wave-count">
        {r.howMany(a.count, a.authors, clock(a.startedAt))} · {r.growth(a.ratePerHour, a.growth)} · {r.platforms}:{' '}
        {Object.entries(a.platforms).map(([p, n]) => `${p} ${n}`).join(', ')}
      </p>
      {a.topTerms.length > 0 && (
        <p data-testid="wave-terms">
          {r.about}: {a.topTerms.map((t) => t.term).join(', ')}
        </p>
      )}
      {!compact && a.examples.length > 0 && (
        <ul className="soothe-wave-examples" aria-label={r.examples}>
          {a.examples.map((e) => (
            <li key={`${e.platform}:${e.postId}`}>
              {e.url ? (
                <a href={e.url} target="_blank" rel="noreferrer noopener" data-testid="wave-example">
                  {e.url}
                </a>
              ) : (
                `${e.platform}:${e.postId}`
              )}
            </li>
          ))}
        </ul>
      )}
      {!compact && procedure.length > 0 && (
        <fieldset className="soothe-wave-procedure">
          <legend>{r.procedure}</legend>
          {procedure.map((step, i) => (
            <label key={i}>
              <input type="checkbox" checked={a.doneSteps.includes(i)} onChange={() => void toggle(i)} data-testid="wave-step" /> {step}
            </label>
          ))}
        </fieldset>
      )}
      {!compact && holding && <HoldingStatements offers={holding} onInsert={onInsert} r={r} />}
      {!compact && (
        <div className="soothe-wave-handoff">
          {departments.length === 0 ? (
            <p className="soothe-muted">{r.noDepartments}</p>
          ) : (
            departments.map((d) => (
              <button key={d.id} type="button" disabled={busy} onClick={() => void handOff(d)} data-testid="wave-handoff">
                {r.handOffTo(d.name)}
              </button>
            ))
          )}
        </div>
      )}
      {done && (
        <div data-testid="wave-summary">
          <p role="status">{r.handedOff(done.department, a.caseKeys.length)}</p>
          <textarea readOnly rows={8} value={`${done.summary.subject}\n\n${done.summary.body}`} data-testid="wave-summary-text" />
          <button type="button" onClick={() => void navigator.clipboard?.writeText(`${done.summary.subject}\n\n${done.summary.body}`).catch(() => undefined)}>
            {r.copy}
          </button>
          {done.mailto && <a href={done.mailto}>{r.email}</a>}
        </div>
      )}
      {error && <p className="soothe-error" role="alert">{error}</p>}
    </article>
  );
}

/** The wave's holding statements: each shown as it will go out, to insert into the reply box or copy. */
function HoldingStatements({ offers, onInsert, r }: { offers: HoldingOffer[]; onInsert?(offer: HoldingOffer): Promise<void>; r: RadarStrings }) {
  const s = r;
  const [note, setNote] = useState<string | null>(null);
  const copy = (o: HoldingOffer) =>
    void (navigator.clipboard?.writeText(o.text) ?? Promise.reject(new Error('no clipboard'))).then(
      () => setNote(s.copied),
      (err: Error) => setNote(err.message),
    );
  return (
    // Folded: the wave's facts and checklist come first; the statements are one click away.
    <details className="soothe-wave-holding" data-testid="wave-holding">
      <summary data-testid="holding-open">
        {s.holdingTitle} ({offers.length})
      </summary>
      {offers.length === 0 ? (
        <p className="soothe-muted">{s.noHolding}</p>
      ) : (
        offers.map((o) => (
          <div key={o.id} data-testid="holding-offer" data-id={o.id}>
            <p>
              <em>{o.title}</em>
            </p>
            <p data-testid="holding-text">{o.text}</p>
            {onInsert && (
              <button type="button" data-testid="holding-insert" onClick={() => void onInsert(o).catch((err: Error) => setNote(err.message))}>
                {s.holdingInsert}
              </button>
            )}
            <button type="button" data-testid="holding-copy" onClick={() => copy(o)}>
              {s.holdingCopy}
            </button>
          </div>
        ))
      )}
      {note && <p role="status" className="soothe-muted">{note}</p>}
    </details>
  );
}
