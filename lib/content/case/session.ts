/**
 * One case in the page, from opening the panel to the reply going out: reading the post and its
 * thread, triage and suggestions from the background, inserting the chosen reply into the editor,
 * the live rule check of the draft, the sent reply, resolve and hand-off. The X/Facebook runtime
 * (lib/content/site/) and the any-page runtime (lib/content/anywhere/) only supply a CaseSource:
 * the post and the editor. Everything a case does is here, once.
 */
import type { HandOffStrings } from '../../i18n/handoff';
import type { PanelStrings } from '../../i18n/panel';
import { caretIn, editorText, insertText } from '../../insert/insert-text';
import type { TemplateValues } from '../../library/pack/render-template';
import type { PostForTriage } from '../../background/analyse';
import { isQueued } from '../../triage/relevance';
import type { CaseContext } from '../../log/events';
import type { RuleReport } from '../../rules';
import { isSubmitEnabled, type Platform } from '../../sites/types';
import { caseLog, type CaseRef, type SendFn } from './case-log';
import { librarySearch } from './library-search';
import type { Department } from '../../handoff/departments';
import type { CaseSession, HandOffOutcome, Notice, PanelData, QueueItem, Verdict } from './contract';
import { changedVerdict, verdictOf, type VerdictPair } from '../../triage/correction';

/** A post of the thread as the queue shows it. */
export interface ThreadPost {
  id: string;
  author: string | null;
  text: string;
  permalink: string | null;
  isBrandPost: boolean;
}

/** What a runtime read from the page about the case. */
export interface CaseReading {
  /** Every post for triage (the answered one among them, when it could be read). */
  forTriage: PostForTriage[];
  /** The page's other posts, for the complaint queue (empty where the page is not a thread). */
  thread: ThreadPost[];
  /** The post being answered; its id may be a stand-in when the page did not say. */
  focus: { id: string | null; text: string | null; author: string | null; postedAt: number | null; url: string | null };
  /** The case's id in the log (null when the page does not say which post is answered). */
  postId: string | null;
}

/** What a runtime supplies: the post and the editor. */
export interface CaseSource {
  platform: Platform;
  /** What is known before any reading (the log's context for a reply sent without opening the panel). */
  ref(): CaseRef;
  /** Read the post and its thread from the page now. */
  read(): Promise<CaseReading>;
  /** The reply box now (it may follow the user's focus), or null. */
  editor(): HTMLElement | null;
  /** What to say when there is no reply box: the site's composer went away, or the page has none. */
  noEditor: 'composer-gone' | 'no-text-box';
  /** Where the user's caret was when they asked (the any-page runtime reads it with the selection). */
  initialCaret?: Range | null;
  /** Called with the new reply box when it changes; returns a stop function. */
  onEditorChange?(listener: (editor: HTMLElement) => void): () => void;
  /** The site's own submit button: its state must take the inserted text, or a send would go out empty. */
  submitButton?(): HTMLElement | null;
  /** After an insertion: notice the reply going out (pages with no page-wide send detection). */
  watchSend?(editor: HTMLElement, text: string, onSent: () => void): () => void;
  revealPost(permalink: string | null, id: string): void;
  /** Values from the user's profile for this platform (agent name, DM link…). */
  values(): Promise<TemplateValues>;
  dispose?(): void;
}

export interface SessionDeps {
  send: SendFn;
  t: PanelStrings;
  h: HandOffStrings;
  now?: () => number;
  /** Told when a reply watched by the session went out (with a notice when its logging failed). */
  onSent?: (notice: Notice | null) => void;
  /** The page life: when it ends, the session stops listening. */
  signal?: AbortSignal;
}

export interface OwnedCaseSession extends CaseSession {
  handOff(department: Department): Promise<HandOffOutcome>;
  /** The reply went out (the runtime noticed the site take it): one message to the background. */
  sent(text: string, replyId: string | null): Promise<Notice | null>;
  /** The answered post's time as the case's last reading said (epoch ms), or null. */
  postedAt(): number | null;
  dispose(): void;
}

const DRAFT_CHECK_DELAY_MS = 350;
const MAX_TEXT = 2000;

/** Sites enable their Reply button from the editor's state, within a render or two. */
async function submitComesOn(button: HTMLElement, waitMs = 600): Promise<boolean> {
  for (const deadline = Date.now() + waitMs; ; ) {
    if (isSubmitEnabled(button)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function firstName(displayName: string | null): string | undefined {
  const name = displayName?.trim().split(/\s+/)[0]?.replace(/[^\p{L}'’-]/gu, '');
  return name || undefined;
}

export function createCaseSession(source: CaseSource, deps: SessionDeps): OwnedCaseSession {
  const { send, t, h } = deps;
  const now = deps.now ?? Date.now;
  const log = caseLog(send, now);
  /** What the last reading said about the case: the context logged with its events. */
  let ref: CaseRef = source.ref();
  let caret: Range | null = source.initialCaret ?? null;
  const stops = new Set<() => void>();
  /** The draft watches running now: an insertion changes the draft without an 'input' event (a paste into Draft.js fires none). */
  const drafts = new Set<() => void>();
  const own = (stop: () => void) => {
    stops.add(stop);
    return () => {
      stops.delete(stop);
      stop();
    };
  };
  const dispose = () => {
    for (const stop of [...stops]) stop();
    stops.clear();
    source.dispose?.();
  };
  deps.signal?.addEventListener('abort', dispose, { once: true });

  /**
   * The manager's correction of triage on the answered post: kept while that post is answered (the
   * panel re-rendering, a thread refresh), dropped when the reading focuses another post.
   */
  let correction: { postId: string; verdict: Verdict } | null = null;
  /** The post the last reading focused (what a correction applies to). */
  let focusId: string | null = null;
  /** What the manager was shown and set, once the background applied the correction: logged with the next insertion. */
  let corrected: { from: VerdictPair; to: VerdictPair } | null = null;
  /** Cases whose correction is in the log already (once per case). */
  const correctionLogged = new Set<string>();
  /** Analyses started: an older one answering late (two quick corrections) must not overwrite what a newer one set. */
  let analyses = 0;

  /** The template last inserted into this case's editor: the background measures how much was changed at send (template health). */
  let inserted: { templateId: string; text: string } | null = null;

  async function sent(text: string, replyId: string | null): Promise<Notice | null> {
    const from = inserted;
    inserted = null;
    try {
      await log.sent(ref, text, replyId, from);
      return null;
    } catch (err) {
      return { kind: 'error', text: t.sentLogFailed((err as Error).message) };
    }
  }

  return {
    async analyse(): Promise<PanelData> {
      const mine = ++analyses;
      const reading = await source.read();
      // A correction belongs to its post: another post focused, it is dropped.
      focusId = reading.focus.id;
      if (correction && correction.postId !== focusId) correction = null;
      const asked = correction;
      const [reply, settings, values] = await Promise.all([
        send('panel:analyse', { platform: source.platform, posts: reading.forTriage.map((p) => ({ ...p, text: p.text.slice(0, MAX_TEXT) })), focusId: reading.focus.id, pageUrl: location.href, ...(asked ? { correction: { postId: asked.postId, ...asked.verdict } } : {}) }),
        send('log:settings', {}),
        source.values().catch(() => ({}) as TemplateValues),
      ]);
      const triage = reading.focus.id ? reply.triage[reading.focus.id] ?? null : null;
      const guess = reply.correction?.applied ? reply.correction.guess : undefined;
      const correctionError = reply.correction && !reply.correction.applied ? reply.correction.error : undefined;
      if (correctionError && correction === asked) correction = null; // refused: triage's verdict stands
      const latest = mine === analyses;
      if (latest) corrected = asked && guess && triage ? { from: verdictOf(guess), to: verdictOf(triage) } : null;
      const answered = new Set(reply.answered);
      const queue: QueueItem[] = reading.thread
        .filter((p) => !p.isBrandPost && isQueued(reply, p.id))
        .map((p) => ({ id: p.id, author: p.author, text: p.text, triage: reply.triage[p.id]!, answered: answered.has(p.id), permalink: p.permalink }))
        .sort((a, b) => Number(a.answered) - Number(b.answered) || b.triage.priority - a.triage.priority);
      const { url, ...focus } = reading.focus;
      const context: CaseContext = {
        ...ref.context,
        ...(url ? { url } : {}),
        ...(triage ? { lang: triage.lang, category: triage.category, severity: triage.severity, isComplaint: triage.complaint } : {}),
        ...(focus.postedAt ? { postedAt: focus.postedAt } : {}),
      };
      if (latest) ref = { platform: source.platform, postId: reading.postId, context };
      // Handling time starts when the manager opens the complaint. A failed log must not block the panel.
      if (ref.postId) log.event('opened', ref).catch((err) => console.debug('[Soothe] could not log opening', err));
      return { platform: source.platform, focus, triage, ...(guess && asked ? { guess, verdict: asked.verdict } : {}), ...(correctionError ? { correctionError } : {}), suggestions: reply.suggestions, queue, needsBrand: !reply.brandConfigured, values: { ...values, customer_name: firstName(focus.author) }, targetsMs: settings.slaTargetsMs };
    },

    async insert(choice) {
      const box = source.editor();
      if (!box?.isConnected) return { kind: 'error', text: source.noEditor === 'composer-gone' ? t.composerGone : h.noTextBox };
      // A caret left in another box (the user moved on) does not place this reply.
      const at = caret && box.contains(caret.startContainer) ? caret : null;
      const result = await insertText(box, choice.text, { at });
      caret = null;
      if (!result.ok) return { kind: 'error', text: t.insertFailed(result.tried.join(', ') || '—') };
      for (const recheck of drafts) recheck();
      // The text is on the page; the site's own state must have it too, or a send would go out empty.
      const submit = source.submitButton?.();
      if (submit && !(await submitComesOn(submit))) return { kind: 'error', text: t.notRegistered };
      if (source.watchSend) {
        const stop = own(source.watchSend(box, choice.text, () => {
          stop();
          void sent(choice.text, null).then((n) => deps.onSent?.(n));
        }));
      }
      if (choice.templateId) inserted = { templateId: choice.templateId, text: choice.text };
      try {
        // A reply chosen after correcting triage: the correction is a fact of the case, logged once.
        const fact = corrected;
        if (fact && ref.postId && changedVerdict(fact.from, fact.to) && !correctionLogged.has(ref.postId)) {
          await log.event('triage_corrected', ref, { correction: fact });
          correctionLogged.add(ref.postId);
        }
        await log.event('template_inserted', ref, choice.templateId ? { templateId: choice.templateId } : {});
      } catch (err) {
        // The reply is in the box; only the log failed. Say so rather than hide it.
        return { kind: 'error', text: t.logFailed((err as Error).message) };
      }
      return { kind: 'ok', text: t.inserted };
    },

    watchDraft(onReport: (report: RuleReport | null) => void) {
      let timer: ReturnType<typeof setTimeout> | null = null;
      let latest = 0;
      let watched: HTMLElement | null = null;
      const check = async () => {
        timer = null;
        const text = watched ? editorText(watched).trim() : '';
        const mine = ++latest;
        if (!text) return onReport(null);
        try {
          const report = await send('rules:check', { text, lang: ref.context.lang ?? 'other', platform: source.platform });
          if (mine === latest) onReport(report); // an older check must not overwrite a newer one
        } catch (err) {
          console.debug('[Soothe] rule check failed', err);
        }
      };
      // Typing only schedules; the check runs after a pause, off the page's input path.
      const schedule = () => {
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(check, DRAFT_CHECK_DELAY_MS);
      };
      // Editors that take a paste through their own state (Draft.js) re-render without an 'input' event.
      const changes = new MutationObserver(schedule);
      const follow = (el: HTMLElement | null) => {
        watched?.removeEventListener('input', schedule);
        changes.disconnect();
        watched = el;
        watched?.addEventListener('input', schedule);
        if (watched) changes.observe(watched, { childList: true, characterData: true, subtree: true });
        schedule();
      };
      follow(source.editor());
      const unfollow = source.onEditorChange?.(follow);
      drafts.add(schedule);
      return own(() => {
        drafts.delete(schedule);
        unfollow?.();
        watched?.removeEventListener('input', schedule);
        changes.disconnect();
        if (timer !== null) clearTimeout(timer);
      });
    },

    correct(verdict: Verdict | null) {
      if (!focusId) return false;
      correction = verdict === null ? null : { postId: focusId, verdict };
      return true;
    },

    sent,
    postedAt: () => ref.context.postedAt ?? null,

    search: librarySearch(send, source.platform),

    async resolve() {
      if (!ref.postId) return { kind: 'error', text: t.resolveFailed(t.unreadPost) };
      try {
        await log.event('resolved', ref);
        return null;
      } catch (err) {
        return { kind: 'error', text: t.resolveFailed((err as Error).message) };
      }
    },

    // Hand the case to another team (lib/handoff): logged, not a reply; the panel shows the summary.
    async handOff(department) {
      const url = ref.context.url ?? null;
      if (!ref.postId) return { logged: false, notice: { kind: 'error', text: h.noCase }, url };
      try {
        await log.event('handed_off', ref, { department });
        return { logged: true, notice: { kind: 'ok', text: h.handedOff(department.name) }, url };
      } catch (err) {
        return { logged: false, notice: { kind: 'error', text: h.logFailed((err as Error).message) }, url };
      }
    },

    rememberCaret() {
      const box = source.editor();
      caret = (box && caretIn(box)) ?? caret;
    },

    focusComposer() {
      source.editor()?.focus();
    },

    revealPost(permalink, id) {
      source.revealPost(permalink, id);
    },

    dispose,
  };
}
