/**
 * The panel's Controller for a complaint picked by selection on any page ("Reply with Soothe"): the
 * same panel as on X and Facebook, fed from the selected text instead of a site reader. The case is
 * the page's host (platform `web:<host>`) plus a stable id from the page and the text, so it is logged
 * and counted like any other; the reply goes into the page's text box through the same verified
 * insertion strategies as the site adapters.
 */
import type { HandOffCapable } from '../../handoff/capable';
import { logHandOff } from '../../handoff/log-hand-off';
import type { HandOffStrings } from '../../i18n/handoff';
import type { PanelStrings } from '../../i18n/panel';
import { caretIn, editorText, insertText } from '../../insert/insert-text';
import type { TemplateValues } from '../../library/render-template';
import { newEventId, type CaseContext, type EventType, type LogEventInput } from '../../log/events';
import { sendEventReliably } from '../../log/send-event';
import type { MessageType, RequestOf, ResponseOf } from '../../messaging/protocol';
import type { Controller, PanelData } from '../site/controller';
import { editableRoot, type SelectionTarget } from './selection-target';
import { watchGenericSend, type GenericSendWatch } from './send-watch';
import type { SentReply } from '../site/send-watch';
import type { Notice } from '../site/ui-store';

export type SendFn = <T extends MessageType>(type: T, payload: RequestOf<T>) => Promise<ResponseOf<T>>;

export interface SelectionControllerDeps {
  send: SendFn;
  t: PanelStrings;
  h: HandOffStrings;
  /** Values from the user's profile (agent name, DM link…). */
  values?: () => Promise<TemplateValues>;
  now?: () => number;
  /** Told when the watch notices the reply went out (e.g. to show a notice). */
  onSent?: (notice: Notice | null) => void;
  /** Soothe's own UI: clicks in it are not the page sending. */
  ownUi?: Node | null;
}

export type SelectionController = Controller & HandOffCapable & {
  /** The text box the reply goes into now (it follows the user's focus on the page). */
  editor(): HTMLElement | null;
  dispose(): void;
};

const DRAFT_CHECK_DELAY_MS = 350;

function firstName(displayName: string | null): string | undefined {
  const name = displayName?.trim().split(/\s+/)[0]?.replace(/[^\p{L}'’-]/gu, '');
  return name || undefined;
}

export function createSelectionController(target: SelectionTarget, deps: SelectionControllerDeps): SelectionController {
  const { send, t, h } = deps;
  const now = deps.now ?? Date.now;
  let editor = target.editor;
  let caret = target.caret;
  let context: CaseContext = { url: target.url, ...(target.postedAt !== null ? { postedAt: target.postedAt } : {}), ...(target.author ? { author: target.author } : {}) };
  let lang = 'other';
  const sendWatches = new Set<GenericSendWatch>();
  const editorListeners = new Set<(el: HTMLElement) => void>();

  // The reply box follows the user: clicking into another text box on the page makes it the target.
  const onFocusIn = (e: Event) => {
    const root = editableRoot(e.target instanceof Element ? e.target : null);
    if (!root || root === editor || (deps.ownUi && e.composedPath().includes(deps.ownUi))) return;
    editor = root;
    caret = null;
    for (const l of editorListeners) l(root);
  };
  document.addEventListener('focusin', onFocusIn, true);

  const event = (type: EventType, extra: Partial<LogEventInput> = {}): LogEventInput => ({
    id: newEventId(),
    type,
    at: now(),
    platform: target.platform,
    postId: target.postId,
    context,
    ...extra,
  });
  // The id is fixed before the first attempt: a background restarted mid-write stores the event once.
  const log = (e: LogEventInput) => sendEventReliably((x) => send('log:event', x), e);

  async function logSent(sent: SentReply): Promise<Notice | null> {
    try {
      await log(event('reply_sent', sent.replyId ? { replyId: sent.replyId } : {}));
      const report = await send('rules:check', { text: sent.text, lang, platform: target.platform });
      if (report.private) await log(event('moved_private'));
      return null;
    } catch (err) {
      return { kind: 'error', text: t.sentLogFailed((err as Error).message) };
    }
  }

  // `resolve` named here too, so this compiles whether or not Controller has it yet (it is being added).
  const controller: SelectionController & { resolve(key: string): Promise<Notice | null> } = {
    editor: () => editor,

    async analyse(): Promise<PanelData> {
      const post = { id: target.postId, text: target.text, lang: null, postedAt: target.postedAt, parentId: null, isBrandPost: false, replies: null, likes: null };
      const [reply, settings, values] = await Promise.all([
        send('panel:analyse', { platform: target.platform, posts: [post], focusId: target.postId }),
        send('log:settings', {}),
        deps.values ? deps.values().catch(() => ({})) : Promise.resolve({}),
      ]);
      const triage = reply.triage[target.postId] ?? null;
      if (triage) {
        lang = triage.lang;
        context = { ...context, lang: triage.lang, category: triage.category, severity: triage.severity, isComplaint: triage.complaint };
      }
      // Handling time starts now; a failed log must not block the panel.
      log(event('opened')).catch((err) => console.debug('[Soothe] could not log opening', err));
      return {
        platform: target.platform,
        focus: { id: target.postId, text: target.text, author: target.author, postedAt: target.postedAt },
        triage,
        suggestions: reply.suggestions,
        queue: [],
        values: { ...values, customer_name: firstName(target.author) },
        targetsMs: settings.slaTargetsMs,
      };
    },

    async insert(_key, choice) {
      const box = editor;
      if (!box || !box.isConnected) return { kind: 'error', text: h.noTextBox };
      const result = await insertText(box, choice.text, { at: caret });
      caret = null;
      if (!result.ok) return { kind: 'error', text: t.insertFailed(result.tried.join(', ') || '—') };
      const watch = watchGenericSend(box, choice.text, () => {
        sendWatches.delete(watch);
        const composer = { editor: box, postId: target.postId, postText: target.text, postLang: null, postedAt: target.postedAt, postUrl: target.url, submitButton: null };
        void logSent({ composerKey: 'selection', composer, postId: target.postId, replyId: null, text: choice.text }).then((n) => deps.onSent?.(n));
      }, deps.ownUi ?? null);
      sendWatches.add(watch);
      try {
        await log(event('template_inserted', choice.templateId ? { templateId: choice.templateId } : {}));
      } catch (err) {
        return { kind: 'error', text: t.logFailed((err as Error).message) };
      }
      return { kind: 'ok', text: t.inserted };
    },

    watchDraft(_key, onReport) {
      let timer: ReturnType<typeof setTimeout> | null = null;
      let latest = 0;
      let watched: HTMLElement | null = null;
      const check = async () => {
        timer = null;
        const text = watched ? editorText(watched).trim() : '';
        const mine = ++latest;
        if (!text) return onReport(null);
        try {
          const report = await send('rules:check', { text, lang, platform: target.platform });
          if (mine === latest) onReport(report);
        } catch (err) {
          console.debug('[Soothe] rule check failed', err);
        }
      };
      const schedule = () => {
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(check, DRAFT_CHECK_DELAY_MS);
      };
      const follow = (el: HTMLElement | null) => {
        watched?.removeEventListener('input', schedule);
        watched = el;
        watched?.addEventListener('input', schedule);
        schedule();
      };
      follow(editor);
      editorListeners.add(follow);
      return () => {
        editorListeners.delete(follow);
        watched?.removeEventListener('input', schedule);
        if (timer !== null) clearTimeout(timer);
      };
    },

    logSent,

    /** The manager marks the complaint solved (starts the follow-up clock). */
    async resolve(): Promise<Notice | null> {
      try {
        await log(event('resolved'));
        return null;
      } catch (err) {
        return { kind: 'error', text: (t as PanelStrings & { resolveFailed?: (why: string) => string }).resolveFailed?.((err as Error).message) ?? (err as Error).message };
      }
    },

    rememberCaret() {
      const range = editor ? caretIn(editor) : null;
      if (range) caret = range;
    },

    focusComposer() {
      editor?.focus();
    },

    revealPost() {
      target.anchor?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },

    async handOff(_key, department) {
      const outcome = await logHandOff((e) => send('log:event', e), { platform: target.platform, postId: target.postId, context, department, at: now() }, h);
      return { ...outcome, url: target.url };
    },

    dispose() {
      document.removeEventListener('focusin', onFocusIn, true);
      for (const w of sendWatches) w.stop();
      sendWatches.clear();
      editorListeners.clear();
    },
  };
  return controller;
}
