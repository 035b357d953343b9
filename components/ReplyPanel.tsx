/**
 * The reply panel for one composer: what the post is (triage and clock), the ranked replies with
 * previews, a small form for missing values, the live reply checklist, and the page's complaint
 * queue. Keyboard-first: arrows move, Enter inserts, Esc closes and focus returns to the composer.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { CaseSession, Choice, Notice, PanelData, SentState, Verdict } from '@/lib/content/case/contract';
import { formatWait, type PanelStrings } from '@/lib/i18n/panel';
import { CASE_VARIABLES, type PackVariable } from '@/lib/library/pack/pack-variables';
import { renderTemplate, renderText, type RenderResult, type TemplateValues } from '@/lib/library/pack/render-template';
import type { SuggestionView } from '@/lib/background/analyse';
import type { RuleReport } from '@/lib/rules';
import { Checklist } from './panel/Checklist';
import { CrisisBanner } from './panel/CrisisBanner';
import { ComplaintQueue } from './panel/ComplaintQueue';
import { HandOff } from './panel/HandOff';
import { SuggestionList } from './panel/SuggestionList';
import { TriageSummary } from './panel/TriageSummary';
import { VariableForm } from './panel/VariableForm';

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: PanelData };

/** What a suggestion inserts: its first reply, or (once the case is resolved) its public close-out. */
type Part = 'body' | 'closeOut';

/** Exactly what a suggestion inserts with these values (on X its short form, when it has one). */
function render(s: SuggestionView, values: TemplateValues, part: Part, platform: string): RenderResult {
  return s.template ? renderTemplate(s.template, values, part, platform) : renderText(s.faq?.answer ?? '', values);
}

export function ReplyPanel({ session, notice, sent = null, answeredIds = [], onNext, t, onInserted, onClose, style, placement }: {
  /** The case this panel shows (lib/content/case/session.ts). */
  session: CaseSession;
  /** The reply from this box the site really sent (logged): the panel confirms and offers the next complaint. */
  sent?: SentState | null;
  /** Posts answered on this page since it loaded (the queue shows them answered at once). */
  answeredIds?: string[];
  onNext?(postId: string): Promise<boolean>;
  /** Where the overlay places the panel (beside the composer when there is room). */
  style?: CSSProperties;
  /** How it is placed: beside the work ('right' / 'left') or docked compact ('below' / 'above'). */
  placement?: 'right' | 'left' | 'below' | 'above';
  notice: Notice | null;
  t: PanelStrings;
  onInserted(notice: Notice): void;
  onClose(): void;
}) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState<{ suggestion: SuggestionView; missing: PackVariable[] } | null>(null);
  const [report, setReport] = useState<RuleReport | null>(null);
  const [part, setPart] = useState<Part>('body');
  const drafting = report !== null && !sent;
  // Focus moves into the panel at once, so keys typed while it loads do not reach the Soothe button.
  const section = useRef<HTMLElement>(null);
  useEffect(() => section.current?.focus(), []);

  // A correction of triage re-analyses the case (the session keeps it): the suggestions follow it.
  const [revision, setRevision] = useState(0);
  const [reranking, setReranking] = useState(false);
  const correct = useMemo(
    () => (session.correct ? (verdict: Verdict | null) => session.correct!(verdict) && setRevision((r) => r + 1) : undefined),
    [session],
  );
  useEffect(() => {
    let live = true;
    setReranking(revision > 0);
    session.analyse().then(
      (data) => live && (setLoad({ status: 'ready', data }), setReranking(false)),
      (err: Error) => live && (setLoad({ status: 'error', message: err.message }), setReranking(false)),
    );
    return () => {
      live = false;
    };
  }, [session, revision]);
  useEffect(() => {
    let live = true;
    const stop = session.watchDraft((r) => live && setReport(r));
    return () => {
      live = false;
      stop();
    };
  }, [session]);

  const data = load.status === 'ready' ? load.data : null;

  // Type to search: results replace the ranked suggestions while there is a query.
  const search = useMemo(() => (session.search ? (q: string) => session.search!(q) : undefined), [session]);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<SuggestionView[] | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const listBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const q = query.trim();
    if (!q || !search) return setFound(null);
    let live = true;
    const timer = setTimeout(() => {
      search(q).then(
        (results) => live && setFound(results),
        (err: Error) => live && (console.debug('[Soothe] search failed', err), setFound([])),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, search]);

  const rendered = useMemo(() => {
    if (!data) return [];
    const list = found ?? data.suggestions;
    const usable = part === 'closeOut' ? list.filter((s) => s.template?.parts.closeOut) : list;
    return usable.map((suggestion) => {
      const { text, missing } = render(suggestion, data.values, part, data.platform);
      return { suggestion, preview: text, needs: missing.map((m) => t.variables[m]), asks: missing.some((m) => CASE_VARIABLES.includes(m)) };
    });
  }, [data, t, part, found]);

  const insert = async (suggestion: SuggestionView, extra: TemplateValues) => {
    if (!data || busy) return;
    setBusy(true);
    const choice: Choice = { text: render(suggestion, { ...data.values, ...extra }, part, data.platform).text, templateId: suggestion.kind === 'template' ? suggestion.id : `faq:${suggestion.id}` };
    try {
      onInserted(await session.insert(choice));
      setAsking(null);
    } finally {
      setBusy(false);
    }
  };

  const choose = (suggestion: SuggestionView) => {
    if (!data) return;
    const { missing } = render(suggestion, data.values, part, data.platform);
    if (missing.some((m) => CASE_VARIABLES.includes(m))) setAsking({ suggestion, missing });
    else void insert(suggestion, {});
  };

  // After a send: the case is answered here and in the queue; the next unanswered one is one key away.
  const answered = (id: string) => answeredIds.includes(id) || (sent !== null && (sent.postId === id || data?.focus.id === id));
  const queue = data ? data.queue.map((item) => (answered(item.id) && !item.answered ? { ...item, answered: true } : item)) : [];
  const next = sent ? queue.find((item) => !item.answered && item.id !== data?.focus.id) ?? null : null;
  const [nextNote, setNextNote] = useState<string | null>(null);
  const nextButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (sent) nextButton.current?.focus();
  }, [sent, next?.id]);
  const goNext = async () => {
    if (!next || !onNext) return;
    if (!(await onNext(next.id))) setNextNote(t.nextOnScreen);
  };
  const postedAt = sent?.postedAt ?? data?.focus.postedAt ?? null;
  const firstResponse = sent && postedAt ? Math.max(0, sent.at - postedAt) : null;

  // While drafting, the checklist leads: it is what the manager needs before pressing Reply. Docked
  // compact (little height) it comes straight under the header, and the panel scrolls back up to it
  // when drafting begins (the replies may have been scrolled to).
  const compact = placement === 'below' || placement === 'above';
  const lead = drafting && (
    <div data-soothe="checklist-lead">
      <h2 className="soothe-heading">{t.checklist}</h2>
      <Checklist report={report} t={t} />
    </div>
  );
  useEffect(() => {
    if (compact && drafting && section.current) section.current.scrollTop = 0;
  }, [compact, drafting]);

  const onKeyDown = (e: KeyboardEvent) => {
    const typing = e.target instanceof HTMLElement && (e.target.tagName === 'INPUT' || e.target.tagName === 'TEXTAREA' || e.target.tagName === 'SELECT' || e.target.isContentEditable);
    if (next && !typing && !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === 'n' || e.key === 'N')) {
      e.preventDefault();
      void goNext();
      return;
    }
    // Typing a letter anywhere in the panel goes to the search box (the keydown's character follows the focus).
    if (search && !typing && e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      searchBox.current?.focus();
      return;
    }
    if (e.key !== 'Escape') return;
    e.preventDefault();
    if (asking) setAsking(null);
    else onClose();
  };

  return (
    <section ref={section} tabIndex={-1} className={compact ? 'soothe-panel soothe-compact' : 'soothe-panel'} data-placement={placement} role="dialog" aria-label={t.panelLabel} onKeyDown={onKeyDown} style={style}>
      <header className="soothe-panel-header">
        <strong>Soothe</strong>
        <button type="button" className="soothe-close" aria-label={t.close} onClick={onClose}>
          ×
        </button>
      </header>
      {compact && lead}
      {sent && (
        <div className="soothe-sent" data-soothe="sent" role="status">
          <p className="soothe-success">{t.sentLogged(firstResponse !== null ? formatWait(firstResponse, t) : null)}</p>
          {next ? (
            <button type="button" ref={nextButton} className="soothe-primary" data-soothe="next" data-post-id={next.id} onClick={() => void goNext()}>
              {t.nextComplaint}: {next.author ?? '—'} <kbd>N</kbd>
            </button>
          ) : (
            data && <p className="soothe-muted" data-soothe="all-answered">{t.allAnswered}</p>
          )}
          {nextNote && <p className="soothe-muted">{nextNote}</p>}
        </div>
      )}
      <CrisisBanner
        locale={t.locale}
        values={data?.values}
        onInsert={async (offer) => {
          // A holding statement goes in like any reply: at the caret, logged with its template id.
          onInserted(await session.insert({ text: offer.text, templateId: offer.id }));
        }}
      />
      {load.status === 'loading' && <p className="soothe-muted" role="status">{t.loading}</p>}
      {load.status === 'error' && <p className="soothe-error" role="alert">{t.analyseFailed(load.message)}</p>}
      {data && (
        <>
          {data.focus.text ? (
            <blockquote className="soothe-post" data-soothe="post-text">
              {data.focus.author && <strong>{data.focus.author}: </strong>}
              {data.focus.text}
            </blockquote>
          ) : (
            <p className="soothe-muted">{t.unreadPost}</p>
          )}
          <TriageSummary
            triage={data.triage}
            guess={data.guess}
            verdict={data.verdict}
            onCorrect={data.focus.id ? correct : undefined}
            postedAt={data.focus.postedAt}
            targetsMs={data.targetsMs}
            now={Date.now()}
            answeredAt={sent?.at ?? null}
            t={t}
          />
          {data.correctionError && <p className="soothe-error" role="alert" data-soothe="correction-error">{t.correction.failed(data.correctionError)}</p>}
        </>
      )}
      {!compact && lead}
      {notice && (
        <p className={notice.kind === 'error' ? 'soothe-error' : 'soothe-success'} role={notice.kind === 'error' ? 'alert' : 'status'} data-soothe="notice">
          {notice.text}
        </p>
      )}
      {data && (
        <>
          <h2 className="soothe-heading">{t.suggestions}</h2>
          {search && !asking && (
            <input
              ref={searchBox}
              type="search"
              className="soothe-search"
              data-soothe="search"
              aria-label={t.searchLabel}
              placeholder={t.searchPlaceholder}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown') {
                  e.preventDefault();
                  listBox.current?.querySelector<HTMLElement>('[data-soothe-reply]')?.focus();
                } else if (e.key === 'Enter' && rendered[0] && found) {
                  e.preventDefault();
                  choose(rendered[0].suggestion);
                } else if (e.key === 'Escape' && query) {
                  e.stopPropagation();
                  setQuery('');
                }
              }}
            />
          )}
          {found && found.length === 0 && query.trim() && <p className="soothe-muted" data-soothe="no-results">{t.noResults(query.trim())}</p>}
          {asking ? (
            <VariableForm
              missing={asking.missing}
              t={t}
              preview={(v) => render(asking.suggestion, { ...data.values, ...v }, part, data.platform).text}
              onSubmit={(v) => insert(asking.suggestion, v)} onCancel={() => setAsking(null)} />
          ) : (
            <div ref={listBox} data-soothe={found ? 'search-results' : 'ranked'} aria-busy={reranking || undefined}>
              {!(found && found.length === 0) && (
                <SuggestionList items={rendered} active={active} setActive={setActive} onChoose={choose} disabled={busy} t={t} autoFocus={!query.trim()} label={found ? t.searchLabel : undefined} />
              )}
            </div>
          )}
        </>
      )}
      {data && part === 'body' && data.focus.id && (
        <button
          type="button"
          className="soothe-secondary"
          data-soothe="resolve"
          onClick={async () => {
            const problem = await session.resolve();
            if (problem) onInserted(problem);
            else {
              setPart('closeOut');
              setActive(0);
            }
          }}
        >
          {t.resolve}
        </button>
      )}
      {part === 'closeOut' && <p className="soothe-success" role="status">{t.resolvedCloseOut}</p>}
      {!drafting && (
        <>
          <h2 className="soothe-heading">{t.checklist}</h2>
          <Checklist report={report} t={t} />
        </>
      )}
      {data && <HandOff session={session} data={data} t={t} />}
      {data && <ComplaintQueue items={queue} needsBrand={!!data.needsBrand} t={t} onReveal={(item) => session.revealPost(item.permalink, item.id)} />}
    </section>
  );
}
