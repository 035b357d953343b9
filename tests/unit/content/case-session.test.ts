/** The case session, fed by a selection on any page (the any-page runtime's source), against a fake background. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SendFn } from '@/lib/content/case/case-log';
import { createCaseSession } from '@/lib/content/case/session';
import { selectionCaseSource } from '@/lib/content/anywhere/selection-case';
import { readSelectionTarget, type SelectionTarget } from '@/lib/content/anywhere/selection-target';
import type { LogEventInput } from '@/lib/log/events';
import { HANDOFF_STRINGS } from '@/lib/i18n/handoff';
import { PANEL_STRINGS } from '@/lib/i18n/panel';
import type { MessageType, RequestOf } from '@/lib/messaging/protocol';
import type { TriageResult } from '@/lib/triage';
import { analyseThread } from '@/lib/background/analyse';
import { buildLibrary, defaultPacks } from '@/lib/library/store/library';
import { SuggestionService } from '@/lib/suggest/service';

const triage: TriageResult = { lang: 'en', complaint: true, score: 0.9, category: 'delivery', severity: 'disapproval', escalation: false, escalations: [], flags: [], priority: 60 };
const NOW = Date.UTC(2026, 0, 10, 12, 0);

function fakeBackground(opts: { failLog?: boolean } = {}) {
  const calls: Array<{ type: MessageType; payload: unknown }> = [];
  const events: LogEventInput[] = [];
  const send = (async (type: MessageType, payload: RequestOf<MessageType>) => {
    calls.push({ type, payload });
    switch (type) {
      case 'panel:analyse': {
        const req = payload as RequestOf<'panel:analyse'>;
        return { triage: { [req.focusId!]: triage }, suggestions: [], answered: [] };
      }
      case 'log:settings':
        return { slaTargetsMs: [30 * 60_000] };
      case 'log:event':
        if (opts.failLog) throw new Error('disk full');
        events.push(payload as LogEventInput);
        return { status: 'recorded' };
      case 'case:sent':
        if (opts.failLog) throw new Error('disk full');
        events.push((payload as RequestOf<'case:sent'>).event);
        return { status: 'recorded', movedPrivate: false };
      case 'rules:check':
        return { private: false };
      default:
        throw new Error(`unexpected ${type}`);
    }
  }) as unknown as SendFn;
  return { send, calls, events };
}

function page() {
  document.body.innerHTML = `<article><span class="author">Marta Nowak</span><p id="c">Where is my parcel? Two weeks late.</p></article>
    <form><textarea id="reply"></textarea><button type="button" id="publish">Publish</button></form>`;
  const range = document.createRange();
  range.selectNodeContents(document.getElementById('c')!);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  return readSelectionTarget(document)!;
}

/** The any-page runtime's session for `target`, with the profile's values stood in for. */
function openCase(target: SelectionTarget, send: SendFn) {
  const source = { ...selectionCaseSource(target, null), values: async () => ({ agent_name: 'Alex' }) };
  return { c: createCaseSession(source, { send, t: PANEL_STRINGS.en, h: HANDOFF_STRINGS.en, now: () => NOW }), source };
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('case session for a selection on any page', () => {
  it('analyses the selected text as one post of the page host, and logs the opening', async () => {
    const bg = fakeBackground();
    const target = page();
    const { c } = openCase(target, bg.send);
    const data = await c.analyse();
    const analyse = bg.calls.find((x) => x.type === 'panel:analyse')!.payload as RequestOf<'panel:analyse'>;
    expect(analyse.platform).toBe(target.platform);
    expect(analyse.platform).toMatch(/^web:/);
    expect(analyse.posts).toEqual([expect.objectContaining({ id: target.postId, text: 'Where is my parcel? Two weeks late.' })]);
    expect(analyse.focusId).toBe(target.postId);
    expect(data.triage).toBe(triage);
    expect(data.focus).toEqual({ id: target.postId, text: 'Where is my parcel? Two weeks late.', author: 'Marta Nowak', postedAt: null });
    expect(data.values).toEqual({ agent_name: 'Alex', customer_name: 'Marta' });
    expect(data.queue).toEqual([]);
    await vi.waitFor(() => expect(bg.events.map((e) => e.type)).toEqual(['opened']));
    expect(bg.events[0]).toMatchObject({ platform: target.platform, postId: target.postId, at: NOW, context: { url: target.url, lang: 'en', category: 'delivery', isComplaint: true, author: 'Marta Nowak' } });
    c.dispose();
  });

  it('inserts the reply into the page box and logs it; a click that empties the box logs the reply as sent', async () => {
    const bg = fakeBackground();
    const { c } = openCase(page(), bg.send);
    await c.analyse();
    const notice = await c.insert({ text: 'Sorry Marta, we will call you today.', templateId: 'delivery-late' });
    expect(notice.kind).toBe('ok');
    const box = document.getElementById('reply') as HTMLTextAreaElement;
    expect(box.value).toBe('Sorry Marta, we will call you today.');
    expect(bg.events.find((e) => e.type === 'template_inserted')).toMatchObject({ templateId: 'delivery-late' });

    // A click that leaves the reply in place is not a send.
    document.getElementById('publish')!.click();
    await new Promise((r) => setTimeout(r, 450));
    expect(bg.events.some((e) => e.type === 'reply_sent')).toBe(false);
    // The page posts it: the box empties after the click.
    document.getElementById('publish')!.addEventListener('click', () => setTimeout(() => (box.value = ''), 50));
    document.getElementById('publish')!.click();
    await vi.waitFor(() => expect(bg.events.filter((e) => e.type === 'reply_sent')).toHaveLength(1), { timeout: 3000 });
    // The sent reply is one message: the background checks the rules and derives "moved private".
    expect(bg.calls.filter((x) => x.type === 'case:sent')).toHaveLength(1);
    expect((bg.calls.find((x) => x.type === 'case:sent')!.payload as RequestOf<'case:sent'>).text).toBe('Sorry Marta, we will call you today.');
    c.dispose();
  });

  it('says so when the page has no text box, and follows the box the user clicks into', async () => {
    const bg = fakeBackground();
    document.body.innerHTML = `<p id="c">Refund me.</p>`;
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('c')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    const { c, source } = openCase(readSelectionTarget(document)!, bg.send);
    expect(await c.insert({ text: 'Sorry.', templateId: null })).toEqual({ kind: 'error', text: HANDOFF_STRINGS.en.noTextBox });
    const late = document.createElement('textarea');
    document.body.append(late);
    late.focus();
    expect(source.editor()).toBe(late);
    expect((await c.insert({ text: 'Sorry.', templateId: null })).kind).toBe('ok');
    expect(late.value).toBe('Sorry.');
    c.dispose();
  });

  it('logs a hand-off with department and agreed time, and reports a refused write', async () => {
    const bg = fakeBackground();
    const target = page();
    const { c } = openCase(target, bg.send);
    await c.analyse();
    const outcome = await c.handOff({ id: 'billing', name: 'Billing', email: '', agreedMs: 3_600_000 });
    expect(outcome).toEqual({ logged: true, notice: { kind: 'ok', text: HANDOFF_STRINGS.en.handedOff('Billing') }, url: target.url });
    expect(bg.events.find((e) => e.type === 'handed_off')).toMatchObject({ postId: target.postId, handOff: { department: 'Billing', agreedMs: 3_600_000 }, context: { category: 'delivery' } });
    c.dispose();

    const { c: broken } = openCase(page(), fakeBackground({ failLog: true }).send);
    const failed = await broken.handOff({ id: 'pr', name: 'PR', email: '', agreedMs: 1 });
    expect(failed.logged).toBe(false);
    expect(failed.notice).toEqual({ kind: 'error', text: HANDOFF_STRINGS.en.logFailed('disk full') });
    broken.dispose();
  });
});

describe('case session: the manager corrects triage', () => {
  /** A background that analyses for real (triage, default packs) and logs what it is sent. */
  function analysingBackground() {
    const service = new SuggestionService(buildLibrary(defaultPacks()));
    const calls: Array<RequestOf<'panel:analyse'>> = [];
    const events: LogEventInput[] = [];
    const send = (async (type: MessageType, payload: RequestOf<MessageType>) => {
      switch (type) {
        case 'panel:analyse': {
          const req = payload as RequestOf<'panel:analyse'>;
          calls.push(req);
          return { ...analyseThread({ ...req, brand: null }, service.ranker), answered: [] };
        }
        case 'log:settings':
          return { slaTargetsMs: [30 * 60_000] };
        case 'log:event':
          events.push(payload as LogEventInput);
          return { status: 'recorded' };
        default:
          throw new Error(`unexpected ${type}`);
      }
    }) as unknown as SendFn;
    return { send, calls, events };
  }

  function refundPage() {
    document.body.innerHTML = `<article><span class="author">Marta Nowak</span><p id="c">Still waiting for my refund for the jacket I sent back a month ago</p></article>
      <form><textarea id="reply"></textarea></form>`;
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('c')!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return readSelectionTarget(document)!;
  }

  it('re-ranks for the corrected category, keeps it across analyses, and logs the correction once with the insertion', async () => {
    const bg = analysingBackground();
    const target = refundPage();
    const { c } = openCase(target, bg.send);
    const first = await c.analyse();
    const guess = first.triage!;
    expect(guess.category).not.toBe('returns');
    expect(first.guess).toBeUndefined();

    expect(c.correct!({ category: 'returns' })).toBe(true);
    const corrected = await c.analyse();
    expect(bg.calls.at(-1)!.correction).toEqual({ postId: target.postId, category: 'returns' });
    expect(corrected.triage).toMatchObject({ complaint: true, category: 'returns', categoryConfidence: 1 });
    expect(corrected.guess).toEqual(guess);
    expect(corrected.verdict).toEqual({ category: 'returns' });
    expect(corrected.suggestions[0]!.category).toBe('returns');
    // The panel re-rendering (a thread refresh) asks again: the correction is still the case's.
    expect((await c.analyse()).triage!.category).toBe('returns');

    expect((await c.insert({ text: 'Sorry Marta, the refund goes out today.', templateId: corrected.suggestions[0]!.id })).kind).toBe('ok');
    expect((await c.insert({ text: ' And a voucher.', templateId: null })).kind).toBe('ok');
    const types = bg.events.map((e) => e.type);
    expect(types.filter((t) => t === 'triage_corrected')).toHaveLength(1);
    const fact = bg.events.find((e) => e.type === 'triage_corrected')!;
    expect(fact).toMatchObject({ postId: target.postId, correction: { from: { complaint: true, category: guess.category }, to: { complaint: true, category: 'returns' } } });
    // The insertion's context carries the corrected category: the choice history learns it.
    expect(bg.events.find((e) => e.type === 'template_inserted')!.context).toMatchObject({ category: 'returns', isComplaint: true });

    // Back to Soothe's guess: triage's verdict and suggestions again.
    expect(c.correct!(null)).toBe(true);
    const back = await c.analyse();
    expect(bg.calls.at(-1)!.correction).toBeUndefined();
    expect(back.triage).toEqual(guess);
    expect(back.guess).toBeUndefined();
    c.dispose();
  });

  it('"not a complaint" is logged as such; confirming triage\'s own pick logs nothing', async () => {
    const bg = analysingBackground();
    const { c } = openCase(refundPage(), bg.send);
    const guess = (await c.analyse()).triage!;
    c.correct!({ category: guess.category as never });
    await c.analyse();
    await c.insert({ text: 'Sorry.', templateId: null });
    expect(bg.events.some((e) => e.type === 'triage_corrected')).toBe(false);

    c.correct!({ complaint: false });
    const data = await c.analyse();
    expect(data.triage!.complaint).toBe(false);
    expect(data.verdict).toEqual({ complaint: false });
    await c.insert({ text: 'Thanks!', templateId: null });
    expect(bg.events.find((e) => e.type === 'triage_corrected')).toMatchObject({ correction: { from: { complaint: true }, to: { complaint: false } } });
    c.dispose();
  });

  it('two quick corrections: the older analysis answering last does not set what gets logged', async () => {
    const bg = analysingBackground();
    const asked: string[] = [];
    const slowFirst = (async (type: MessageType, payload: RequestOf<MessageType>) => {
      const req = payload as RequestOf<'panel:analyse'>;
      if (type === 'panel:analyse' && req.correction?.category) asked.push(req.correction.category);
      if (type === 'panel:analyse' && req.correction?.category === 'delivery') await new Promise((r) => setTimeout(r, 150));
      return bg.send(type, payload as never);
    }) as unknown as SendFn;
    const { c } = openCase(refundPage(), slowFirst);
    await c.analyse();
    c.correct!({ category: 'delivery' });
    const older = c.analyse();
    await vi.waitFor(() => expect(asked).toEqual(['delivery'])); // the first request is on its way
    c.correct!({ category: 'returns' });
    const newer = await c.analyse();
    expect(newer.triage!.category).toBe('returns');
    expect((await older).triage!.category).toBe('delivery'); // answered last; the panel ignores it
    await c.insert({ text: 'Sorry.', templateId: null });
    expect(bg.events.find((e) => e.type === 'triage_corrected')).toMatchObject({ correction: { to: { category: 'returns' } }, context: { category: 'returns' } });
    expect(bg.events.find((e) => e.type === 'template_inserted')!.context).toMatchObject({ category: 'returns' });
    c.dispose();
  });

  it('drops the correction when the reading focuses another post, and says when the background refused one', async () => {
    const bg = analysingBackground();
    const target = refundPage();
    const { source } = openCase(target, bg.send);
    let focusOther = false;
    const read = source.read.bind(source);
    const moving = { ...source, read: async () => {
      const r = await read();
      if (!focusOther) return r;
      return { ...r, forTriage: r.forTriage.map((p) => ({ ...p, id: 'other' })), focus: { ...r.focus, id: 'other' }, postId: 'other' };
    } };
    const c = createCaseSession(moving, { send: bg.send, t: PANEL_STRINGS.en, h: HANDOFF_STRINGS.en, now: () => NOW });
    expect(c.correct!({ category: 'returns' })).toBe(false); // nothing read yet: nothing to correct
    await c.analyse();
    c.correct!({ category: 'returns' });
    expect((await c.analyse()).triage!.category).toBe('returns');
    focusOther = true;
    const other = await c.analyse();
    expect(bg.calls.at(-1)!.correction).toBeUndefined();
    expect(other.guess).toBeUndefined();
    focusOther = false;
    expect((await c.analyse()).triage!.category).not.toBe('returns');
    c.dispose();

    // A background that refuses the correction: the panel is told why, and triage's verdict stands.
    const refusing = (async (type: MessageType, payload: RequestOf<MessageType>) => {
      if (type !== 'panel:analyse') return bg.send(type, payload as never);
      const r = await bg.send('panel:analyse', payload as RequestOf<'panel:analyse'>);
      return { ...r, correction: { applied: false, error: 'correction.category: must be one of …' } };
    }) as unknown as SendFn;
    const { c: c2 } = openCase(refundPage(), refusing);
    await c2.analyse();
    c2.correct!({ category: 'returns' });
    const refused = await c2.analyse();
    expect(refused.correctionError).toMatch(/must be one of/);
    expect(refused.verdict).toBeUndefined();
    await c2.analyse();
    expect(bg.calls.at(-1)!.correction).toBeUndefined(); // dropped, not sent again
    c2.dispose();
  });
});
