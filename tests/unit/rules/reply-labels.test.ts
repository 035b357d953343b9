/** The team labels of real agent replies: loader errors, the fixed selection and the DEV/TEST split. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  halfOf,
  loadLabelledReplies,
  outboundReplies,
  parseReplyLabels,
  REPLY_LABELS_FILE,
  ReplyLabelsError,
  selectReplies,
  SELECTION_SIZE,
} from '../../../scripts/eval/reply-labels';

const ok = { fix: 1, blame: 0, apology: 1, private: 0 };

describe('parseReplyLabels', () => {
  it('reads 0/1 labels as booleans', () => {
    const m = parseReplyLabels(JSON.stringify({ labels: { '12': ok } }), 'x.json');
    expect(m.get('12')).toEqual({ fix: true, blame: false, apology: true, private: false });
  });

  it.each([
    ['not JSON', '{"labels": {', /x\.json: not valid JSON/],
    ['no labels object', '{"about": "x"}', /x\.json: expected an object with a "labels" object/],
    ['labels as an array', '{"labels": []}', /expected an object with a "labels" object/],
    ['a key that is not a tweet id', JSON.stringify({ labels: { abc: ok } }), /label key "abc" is not a tweet_id/],
    ['a missing rule', JSON.stringify({ labels: { '1': { fix: 1, blame: 0, apology: 0 } } }), /label "1" needs "private": 0 or 1 \(got undefined\)/],
    ['a boolean instead of 0/1', JSON.stringify({ labels: { '1': { ...ok, fix: true } } }), /label "1" needs "fix": 0 or 1 \(got true\)/],
    ['an unknown field', JSON.stringify({ labels: { '1': { ...ok, tone: 1 } } }), /label "1" has unknown field\(s\) tone/],
    ['a label that is not an object', JSON.stringify({ labels: { '1': 1 } }), /label "1" is not an object/],
  ])('rejects %s with a message naming the file and key', (_name, json, message) => {
    expect(() => parseReplyLabels(json, 'x.json')).toThrow(ReplyLabelsError);
    expect(() => parseReplyLabels(json, 'x.json')).toThrow(message);
  });
});

describe('loadLabelledReplies', () => {
  const pool = [{ id: '5', brand: 'AcmeHelp', text: 'Sorry! We have refunded you.' }];

  it('joins labels to the reply text read in place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soothe-reply-labels-'));
    const file = join(dir, 'labels.json');
    writeFileSync(file, JSON.stringify({ labels: { '5': ok } }));
    expect(loadLabelledReplies(file, pool)).toEqual([
      { id: '5', brand: 'AcmeHelp', text: pool[0]!.text, half: halfOf('5'), gold: { fix: true, blame: false, apology: true, private: false } },
    ]);
  });

  it('rejects a label for a tweet that is not an outbound reply', () => {
    const dir = mkdtempSync(join(tmpdir(), 'soothe-reply-labels-'));
    const file = join(dir, 'labels.json');
    writeFileSync(file, JSON.stringify({ labels: { '6': ok } }));
    expect(() => loadLabelledReplies(file, pool)).toThrow(/tweet 6 is not an outbound reply in twcs_head\.csv/);
  });
});

describe('the team label file (twcs-head-en, read in place)', () => {
  it('labels or skips exactly the fixed selection, both halves well filled', async () => {
    const { readFileSync } = await import('node:fs');
    const doc = JSON.parse(readFileSync(REPLY_LABELS_FILE, 'utf8')) as { labels: object; skipped: Record<string, string> };
    const selected = selectReplies(outboundReplies()).map((r) => r.id);
    expect(selected).toHaveLength(SELECTION_SIZE);
    const covered = [...Object.keys(doc.labels), ...Object.keys(doc.skipped)].sort();
    expect(covered).toEqual([...selected].sort());

    const replies = loadLabelledReplies();
    const dev = replies.filter((r) => r.half === 'dev').length;
    expect(dev).toBeGreaterThan(150);
    expect(replies.length - dev).toBeGreaterThan(150);
  });

  it('splits by a fixed hash of the tweet id', () => {
    // Pinned: a change of the split would mix TEST items into DEV.
    expect(['1', '2', '3', '5', '4305', '5019'].map(halfOf)).toEqual(['test', 'dev', 'test', 'dev', 'test', 'dev']);
    const halves = new Set(selectReplies(outboundReplies()).map((r) => halfOf(r.id)));
    expect(halves).toEqual(new Set(['dev', 'test']));
  });
});
