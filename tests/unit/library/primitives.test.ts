import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/library/pack/canonical-json';
import { locateJsonError } from '../../../lib/library/pack/json-error';
import { compareSemver } from '../../../lib/library/pack/semver';
import { sha256Hex } from '../../../lib/library/pack/sha256';

describe('sha256Hex', () => {
  it('matches known vectors and node:crypto, across block boundaries and UTF-8', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    for (const s of ['a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'a'.repeat(119), 'Zażółć gęślą jaźń · Ζητούμε συγγνώμη · 🙂'.repeat(40)]) {
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
  });
});

describe('compareSemver', () => {
  it('orders numerically, with pre-releases before their release', () => {
    const sorted = ['1.10.0', '1.2.0', '1.0.0', '1.0.0-rc.1', '1.0.0-alpha', '1.0.0-alpha.beta', '1.0.0-rc.10', '2.0.0+build.5'].sort(compareSemver);
    expect(sorted).toEqual(['1.0.0-alpha', '1.0.0-alpha.beta', '1.0.0-rc.1', '1.0.0-rc.10', '1.0.0', '1.2.0', '1.10.0', '2.0.0+build.5']);
    expect(compareSemver('1.0.0+a', '1.0.0+b')).toBe(0);
  });
});

describe('locateJsonError', () => {
  it('returns null for valid JSON and a line/column for the first error', () => {
    expect(locateJsonError('{"a": [1, 2.5e3, "x", true, null]}')).toBeNull();
    expect(locateJsonError('{"a": 1 "b": 2}')).toMatchObject({ line: 1, column: 9, problem: 'unexpected "\\"", expected "," or "}"' });
    expect(locateJsonError("{\n  'a': 1}")).toMatchObject({ line: 2, column: 3 });
    expect(locateJsonError('{} x')).toMatchObject({ column: 4, problem: 'unexpected "x" after the end of the document' });
  });
});
