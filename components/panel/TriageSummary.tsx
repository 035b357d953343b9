/**
 * What Soothe understood of the post: language, complaint or not, category, severity, escalation,
 * flags, and the clock. With `onCorrect`, the complaint and category chips are controls: the manager
 * corrects triage in one click (lib/triage/correction.ts), and a corrected chip says so.
 */
import { formatWait, type PanelStrings } from '@/lib/i18n/panel';
import type { TriageResult } from '@/lib/triage';
import type { Verdict } from '@/lib/content/case/contract';
import { CategoryMenu } from './CategoryMenu';

export function TriageSummary({ triage, guess, verdict, onCorrect, postedAt, targetsMs, now, answeredAt = null, t }: {
  /** The verdict shown: triage's, or the manager's correction of it. */
  triage: TriageResult | null;
  /** Triage's own verdict, when the manager corrected it. */
  guess?: TriageResult;
  /** What the manager set, when a correction is applied. */
  verdict?: Verdict;
  /** Correct triage (null: back to its guess). Absent: the chips are plain labels. */
  onCorrect?(verdict: Verdict | null): void;
  postedAt: number | null;
  targetsMs: number[];
  now: number;
  /** When the reply went out: the clock stops there and says so. */
  answeredAt?: number | null;
  t: PanelStrings;
}) {
  const waited = postedAt !== null ? Math.max(0, (answeredAt ?? now) - postedAt) : null;
  const original = guess ?? triage;
  const complaintEdited = !!verdict && (verdict.complaint !== undefined || !original?.complaint);
  const categoryEdited = verdict?.category !== undefined;
  const edited = <span className="soothe-edited" data-soothe="edited"> · {t.correction.edited}</span>;
  const complaintLabel = triage?.complaint ? t.complaint : t.notComplaint;
  const guessLabel = original ? (original.complaint ? `${t.complaint} · ${t.categories[original.category] ?? original.category}` : t.notComplaint) : '';
  // Toggling back to triage's own verdict is going back to it, not a correction.
  const toggle = () => {
    if (!triage || !onCorrect) return;
    const next = !triage.complaint;
    onCorrect(guess && guess.complaint === next && !categoryEdited ? null : { complaint: next });
  };
  return (
    <div className="soothe-triage" data-soothe="triage">
      <div className="soothe-chips">
        <span className="soothe-chip" data-soothe="lang">{t.languages[triage?.lang ?? 'other']}</span>
        {triage && (
          <>
            {onCorrect ? (
              <button
                type="button"
                className={`soothe-chip soothe-chip-control ${triage.complaint ? 'soothe-chip-strong' : ''}`}
                data-soothe="complaint"
                data-edited={complaintEdited || undefined}
                aria-pressed={triage.complaint}
                aria-label={t.correction.toggleComplaint(complaintEdited ? `${complaintLabel}, ${t.correction.edited}` : complaintLabel)}
                onClick={toggle}
              >
                {complaintLabel}
                {complaintEdited && edited}
              </button>
            ) : (
              <span className={`soothe-chip ${triage.complaint ? 'soothe-chip-strong' : ''}`} data-soothe="complaint">
                {complaintLabel}
              </span>
            )}
            {triage.complaint && onCorrect && (
              <CategoryMenu
                current={triage.category}
                guess={original?.complaint ? original : null}
                edited={categoryEdited}
                t={t}
                onChoose={(category) => onCorrect({ category })}
              />
            )}
            {triage.complaint && !onCorrect && <span className="soothe-chip" data-soothe="category">{t.categories[triage.category] ?? triage.category}</span>}
            {/* A complaint triage missed has no severity of its own ("No complaint" would contradict the chip beside it). */}
            {triage.complaint && triage.severity !== 'none' && <span className="soothe-chip" data-soothe="severity">{t.severities[triage.severity] ?? triage.severity}</span>}
            {triage.escalation && (
              <span className="soothe-chip soothe-chip-alert" data-soothe="escalation">
                {t.escalation}: {triage.escalations.map((e) => t.escalations[e] ?? e).join(', ')}
              </span>
            )}
          </>
        )}
      </div>
      {guess && onCorrect && (
        <button type="button" className="soothe-link" data-soothe="undo-correction" onClick={() => onCorrect(null)}>
          {t.correction.backToGuess(guessLabel)}
        </button>
      )}
      {triage?.flags.filter((f) => f === 'joke' || f === 'mixed').map((f) => (
        <p key={f} className="soothe-warning" data-soothe={`flag-${f}`}>{t.flags[f]}</p>
      ))}
      <p className="soothe-clock" data-soothe="clock" data-answered={answeredAt !== null || undefined}>
        {waited === null ? (
          t.noTime
        ) : (
          <>
            <span>{answeredAt !== null ? t.answeredIn(formatWait(waited, t)) : t.waited(formatWait(waited, t))}</span>
            {targetsMs.map((target) => (
              <span key={target} className={waited <= target ? 'soothe-ok' : 'soothe-late'}>
                {t.target(formatWait(target, t), waited <= target)}
              </span>
            ))}
          </>
        )}
      </p>
    </div>
  );
}
