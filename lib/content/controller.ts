/**
 * What the in-page UI can ask for: the analysis of the thread around a composer, inserting a
 * reply, the live rule check of the draft, and logging. Keeps DOM and messaging out of React.
 */
import type { HandOffCapable } from '../handoff/capable';
import { logHandOff } from '../handoff/log-hand-off';
import { HANDOFF_STRINGS } from '../i18n/handoff';
import type { PanelStrings } from '../i18n/panel';
import { caretIn, editorText, insertText } from '../insert/insert-text';
import type { TemplateValues } from '../library/render-template';
import type { CaseContext } from '../log/events';
import { send } from '../messaging/client';
import type { SuggestionView } from '../panel/analyse';
import type { RuleReport } from '../rules';
import { loadProfile } from '../settings/profile';
import { brandHandlesFor, templateValuesFor } from '../settings/template-values';
import { isSubmitEnabled, type Platform, type SiteAdapter } from '../sites/types';
import type { TriageResult } from '../triage';
import type { ComposerRegistry } from './composer-registry';
import { eventLogger } from './event-log';
import type { SentReply } from './send-watch';
import { readThreadContext } from './thread-context';
import type { Notice } from './ui-store';

export interface QueueItem {
  id: string;
  author: string | null;
  text: string;
  triage: TriageResult;
  answered: boolean;
  permalink: string | null;
}

export interface PanelData {
  platform: Platform;
  focus: { id: string | null; text: string | null; author: string | null; postedAt: number | null };
  triage: TriageResult | null;
  suggestions: SuggestionView[];
  queue: QueueItem[];
  /** Variable values Soothe already knows (the customer's name from the post). */
  values: TemplateValues;
  /** Response-time targets (ms), from the user's settings. */
  targetsMs: number[];
}

export interface Choice {
  text: string;
  templateId: string | null;
}

export interface Controller {
  analyse(key: string): Promise<PanelData>;
  insert(key: string, choice: Choice): Promise<Notice>;
  /** Follow the draft in this composer: the rule report after each pause in typing. */
  watchDraft(key: string, onReport: (report: RuleReport | null) => void): () => void;
  logSent(sent: SentReply): Promise<Notice | null>;
  /** The manager marks the complaint solved (starts the follow-up clock). */
  resolve(key: string): Promise<Notice | null>;
  rememberCaret(key: string): void;
  focusComposer(key: string): void;
  revealPost(permalink: string | null, id: string): void;
}

const DRAFT_CHECK_DELAY_MS = 350;

/** Sites enable their Reply button from the editor's state, within a render or two. */
async function submitComesOn(button: HTMLElement, waitMs = 600): Promise<boolean> {
  for (const deadline = Date.now() + waitMs; ; ) {
    if (isSubmitEnabled(button)) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
}

function firstName(displayName: string | null): string | undefined {
  const name = displayName?.trim().split(/\s+/)[0]?.replace(/[^\p{L}'’-]/gu, '');
  return name || undefined;
}

export function createController(adapter: SiteAdapter, registry: ComposerRegistry, t: PanelStrings): Controller & HandOffCapable {
  const carets = new Map<string, Range>();
  /** What the last analysis said about each composer's post: the context logged with its events. */
  const contexts = new Map<string, { postId: string | null; context: CaseContext }>();

  const log = eventLogger(adapter.platform);

  return {
    async analyse(key) {
      const composer = registry.get(key) ?? null;
      const profile = await loadProfile();
      const thread = readThreadContext(document, adapter.platform, composer, brandHandlesFor(profile, adapter.platform));
      const [reply, settings] = await Promise.all([
        send('panel:analyse', { platform: adapter.platform, posts: thread.forTriage, focusId: thread.focusId }),
        send('log:settings', {}),
      ]);
      const triage = thread.focusId ? reply.triage[thread.focusId] ?? null : null;
      const answered = new Set(reply.answered);
      const queue: QueueItem[] = thread.posts
        .filter((p) => !p.isBrandPost && reply.triage[p.id]?.complaint)
        .map((p) => ({ id: p.id, author: p.author.displayName ?? p.author.handle, text: p.text, triage: reply.triage[p.id]!, answered: answered.has(p.id), permalink: p.permalink }))
        .sort((a, b) => Number(a.answered) - Number(b.answered) || b.triage.priority - a.triage.priority);
      const postedAt = thread.focus?.timestamp ? Date.parse(thread.focus.timestamp) : composer?.postedAt ?? null;
      const focus = {
        id: thread.focusId,
        text: thread.focus?.text ?? composer?.postText ?? null,
        author: thread.focus?.author.displayName ?? thread.focus?.author.handle ?? null,
        postedAt: postedAt && Number.isFinite(postedAt) ? postedAt : null,
      };
      const postId = composer?.postId ?? thread.focus?.id ?? null;
      const context: CaseContext = {
        url: thread.focus?.permalink ?? composer?.postUrl ?? location.href,
        ...(triage ? { lang: triage.lang, category: triage.category, severity: triage.severity, isComplaint: triage.complaint } : {}),
        ...(focus.postedAt ? { postedAt: focus.postedAt } : {}),
      };
      contexts.set(key, { postId, context });
      // Handling time starts when the manager opens the complaint. A failed log must not block the panel.
      if (postId) log('opened', postId, context).catch((err) => console.debug('[Soothe] could not log opening', err));
      return { platform: adapter.platform, focus, triage, suggestions: reply.suggestions, queue, values: { ...templateValuesFor(profile, adapter.platform), customer_name: firstName(focus.author) }, targetsMs: settings.slaTargetsMs };
    },

    async insert(key, choice) {
      const c = registry.get(key);
      if (!c) return { kind: 'error', text: t.composerGone };
      const result = await insertText(c.editor, choice.text, { at: carets.get(key) ?? null });
      carets.delete(key);
      if (!result.ok) return { kind: 'error', text: t.insertFailed(result.tried.join(', ') || '—') };
      // The text is on the page; the site's own state must have it too, or a send would go out empty.
      if (c.submitButton && !(await submitComesOn(c.submitButton))) return { kind: 'error', text: t.notRegistered };
      const known = contexts.get(key);
      try {
        await log('template_inserted', known?.postId ?? c.postId, known?.context ?? { url: location.href }, choice.templateId ? { templateId: choice.templateId } : {});
      } catch (err) {
        // The reply is in the composer; only the log failed. Say so rather than hide it.
        return { kind: 'error', text: t.logFailed((err as Error).message) };
      }
      return { kind: 'ok', text: t.inserted };
    },

    watchDraft(key, onReport) {
      const editor = registry.get(key)?.editor;
      if (!editor) return () => {};
      let timer: ReturnType<typeof setTimeout> | null = null;
      let latest = 0;
      const check = async () => {
        timer = null;
        const text = editorText(editor).trim();
        const mine = ++latest;
        if (!text) return onReport(null);
        const lang = contexts.get(key)?.context.lang ?? 'other';
        try {
          const report = await send('rules:check', { text, lang, platform: adapter.platform });
          if (mine === latest) onReport(report); // an older check must not overwrite a newer one
        } catch (err) {
          console.debug('[Soothe] rule check failed', err);
        }
      };
      // Typing only schedules; the check runs after a pause, off the site's input path.
      const schedule = () => {
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(check, DRAFT_CHECK_DELAY_MS);
      };
      editor.addEventListener('input', schedule);
      // Editors that take a paste through their own state (draft-js) re-render without an input event.
      const changes = new MutationObserver(schedule);
      changes.observe(editor, { childList: true, characterData: true, subtree: true });
      schedule();
      return () => {
        editor.removeEventListener('input', schedule);
        changes.disconnect();
        if (timer !== null) clearTimeout(timer);
      };
    },

    async logSent(sent) {
      const c = sent.composer;
      const known = contexts.get(sent.composerKey);
      const context: CaseContext = known?.context ?? { url: c.postUrl ?? location.href, ...(c.postedAt ? { postedAt: c.postedAt } : {}) };
      const postId = known?.postId ?? sent.postId;
      try {
        await log('reply_sent', postId, context, sent.replyId ? { replyId: sent.replyId } : {});
        // A reply that invites the customer to a private channel moves the case private.
        const report = await send('rules:check', { text: sent.text, lang: context.lang ?? 'other', platform: adapter.platform });
        if (report.private && postId) await log('moved_private', postId, context);
        return null;
      } catch (err) {
        return { kind: 'error', text: t.sentLogFailed((err as Error).message) };
      }
    },

    async resolve(key) {
      const known = contexts.get(key);
      if (!known?.postId) return { kind: 'error', text: t.resolveFailed(t.unreadPost) };
      try {
        await log('resolved', known.postId, known.context);
        return null;
      } catch (err) {
        return { kind: 'error', text: t.resolveFailed((err as Error).message) };
      }
    },

    // Hand the case to another team (lib/handoff): logged, not a reply; the panel shows the summary.
    handOff(key, department) {
      const known = contexts.get(key);
      return logHandOff((e) => send('log:event', e), { platform: adapter.platform, postId: known?.postId ?? null, context: known?.context ?? { url: location.href }, department, at: Date.now() }, HANDOFF_STRINGS[t.locale]);
    },

    rememberCaret(key) {
      const editor = registry.get(key)?.editor;
      const range = editor ? caretIn(editor) : null;
      if (range) carets.set(key, range);
      else carets.delete(key);
    },

    focusComposer(key) {
      registry.get(key)?.editor.focus();
    },

    revealPost(permalink, id) {
      const path = permalink ? new URL(permalink, location.href).pathname : null;
      const link = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => {
        const href = a.getAttribute('href') ?? '';
        return (path && href.includes(path)) || href.includes(`comment_id=${id}`) || href.endsWith(`/status/${id}`);
      });
      (link?.closest('article, [role="article"]') ?? link)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
  };
}
