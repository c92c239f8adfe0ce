import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMessageVerifier } from './message-verifier.js';
import { createMac } from './runner/hmac-sha256.mjs';

describe('the authenticated result channel', () => {
  it('computes the same HMAC-SHA-256 in the runner as node:crypto', () => {
    for (const text of ['', 'a', 'x'.repeat(55), 'y'.repeat(64), 'z'.repeat(1000), '{"k":"é中😀"}']) {
      const key = randomBytes(32);
      expect(createMac(key)(text)).toBe(createHmac('sha256', key).update(text).digest('hex'));
    }
  });

  it('accepts runner messages in sequence and refuses forged, altered and replayed ones', () => {
    const key = randomBytes(32);
    const mac = createMac(key);
    const verify = createMessageVerifier(key);
    const signed = (payload: object) => {
      const p = JSON.stringify(payload);
      return { p, m: mac(p) };
    };
    const first = signed({ kind: 'case', seq: 0, split: 'train', index: 0, ms: 1, value: 3 });
    expect(verify(first)).toMatchObject({ ok: true, message: { kind: 'case', value: 3 } });
    expect(verify(first)).toMatchObject({ ok: false, reason: expect.stringContaining('sequence number 0') });
    expect(verify({ p: first.p.replace('3', '4'), m: first.m })).toMatchObject({ ok: false, reason: expect.stringContaining('bad MAC') });
    expect(verify({ kind: 'done', seq: 1 })).toMatchObject({ ok: false, reason: expect.stringContaining('not a {p, m} record') });
    expect(verify(signed({ kind: 'done', seq: 1 }))).toMatchObject({ ok: true });
    const otherKey = createMac(randomBytes(32));
    const p = JSON.stringify({ kind: 'done', seq: 2 });
    expect(verify({ p, m: otherKey(p) })).toMatchObject({ ok: false });
  });
});
