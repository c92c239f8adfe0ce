import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RunnerMessage } from './runner-message.js';

/** What the parent makes of one IPC message: an authenticated runner message, or the reason it was rejected. */
export type Verdict = { ok: true; message: RunnerMessage } | { ok: false; reason: string };

const KINDS = new Set(['plan', 'case', 'test', 'script', 'load-error', 'done']);

/**
 * Checks each IPC message from the sandbox: it must be { p, m } with m the HMAC-SHA-256 of p under the key only the
 * runner holds, and p's sequence number must be the next one, so forged, altered or replayed messages are refused.
 */
export function createMessageVerifier(key: Buffer): (raw: unknown) => Verdict {
  let expectedSeq = 0;
  return (raw) => {
    if (raw === null || typeof raw !== 'object') return { ok: false, reason: `not a {p, m} record: ${preview(raw)}` };
    const { p, m } = raw as { p?: unknown; m?: unknown };
    if (typeof p !== 'string' || typeof m !== 'string') return { ok: false, reason: `not a {p, m} record: ${preview(raw)}` };
    const expected = createHmac('sha256', key).update(p).digest();
    const given = /^[0-9a-f]{64}$/.test(m) ? Buffer.from(m, 'hex') : Buffer.alloc(0);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: `bad MAC on ${preview(p)}` };
    let message: unknown;
    try {
      message = JSON.parse(p);
    } catch {
      return { ok: false, reason: `authenticated payload is not JSON: ${preview(p)}` };
    }
    const { kind, seq } = (message ?? {}) as { kind?: unknown; seq?: unknown };
    if (typeof kind !== 'string' || !KINDS.has(kind)) return { ok: false, reason: `unknown message kind: ${preview(p)}` };
    if (seq !== expectedSeq) return { ok: false, reason: `sequence number ${String(seq)} where ${expectedSeq} was due (replayed or reordered)` };
    expectedSeq++;
    return { ok: true, message: message as RunnerMessage };
  };
}

function preview(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}
