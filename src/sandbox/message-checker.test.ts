import { describe, expect, it } from 'vitest';
import { createMessageChecker } from './message-checker.js';

const json = (value: unknown): string => JSON.stringify(value);

describe('the runner message checker', () => {
  it('accepts an examples run in order and refuses anything out of place', () => {
    const check = createMessageChecker({ kind: 'examples', train: 2, test: 1 });
    expect(check(json({ kind: 'case', split: 'train', index: 0, ms: 1, value: 3 }))).toMatchObject({ ok: true, message: { value: 3 } });
    expect(check(json({ kind: 'case', split: 'train', index: 0, ms: 1, value: 3 }))).toMatchObject({ ok: false, reason: expect.stringContaining('out of order') });
    expect(check(json({ kind: 'done' }))).toMatchObject({ ok: false, reason: expect.stringContaining('done after 1 of 3 results') });
    expect(check(json({ kind: 'limit', limit: 'memory' }))).toMatchObject({ ok: true });
    expect(check(json({ kind: 'limit', limit: 'memory' }))).toMatchObject({ ok: false });
    expect(check(json({ kind: 'case', split: 'train', index: 1, ms: 1, error: 'boom' }))).toMatchObject({ ok: true });
    expect(check(json({ kind: 'case', split: 'test', index: 0, ms: 1, value: 1 }))).toMatchObject({ ok: true });
    expect(check(json({ kind: 'case', split: 'test', index: 1, ms: 1, value: 1 }))).toMatchObject({ ok: false });
    expect(check(json({ kind: 'done' }))).toMatchObject({ ok: true });
    expect(check(json({ kind: 'done' }))).toMatchObject({ ok: false, reason: expect.stringContaining('after done') });
  });

  it('takes ready only as the first message', () => {
    const check = createMessageChecker({ kind: 'script' });
    expect(check(json({ kind: 'ready' }))).toMatchObject({ ok: true });
    expect(check(json({ kind: 'ready' }))).toMatchObject({ ok: false, reason: expect.stringContaining('ready out of place') });
    const late = createMessageChecker({ kind: 'tests' });
    expect(late(json({ kind: 'plan', tests: ['a'] }))).toMatchObject({ ok: true });
    expect(late(json({ kind: 'ready' }))).toMatchObject({ ok: false, reason: expect.stringContaining('ready out of place') });
  });

  it('needs the plan first on a tests run, then each planned test by index and name', () => {
    const check = createMessageChecker({ kind: 'tests' });
    const test = (index: number, name: string) => json({ kind: 'test', index, name, ok: true, ms: 1, calls: [0.1] });
    expect(check(test(0, 'a'))).toMatchObject({ ok: false });
    const fresh = createMessageChecker({ kind: 'tests' });
    expect(fresh(json({ kind: 'plan', tests: ['a', 'b'] }))).toMatchObject({ ok: true });
    expect(fresh(json({ kind: 'load-error', error: 'no default export' }))).toMatchObject({ ok: true });
    expect(fresh(test(0, 'b'))).toMatchObject({ ok: false, reason: expect.stringContaining('not in the plan') });
  });

  it('refuses what is not JSON, breaks the schema, carries too many calls or nests too deep', () => {
    const check = (): ReturnType<typeof createMessageChecker> => createMessageChecker({ kind: 'script' });
    expect(check()('not json')).toMatchObject({ ok: false, reason: 'a frame that is not JSON: "not json"' });
    expect(check()(json({ kind: 'done', extra: 1 }))).toMatchObject({ ok: false, reason: expect.stringContaining('breaks the schema') });
    expect(check()(json({ kind: 'script', calls: ['fast'] }))).toMatchObject({ ok: false, reason: expect.stringContaining('calls.0') });
    expect(check()(json({ kind: 'script', calls: Array(300_000).fill(1) }))).toMatchObject({ ok: false, reason: expect.stringContaining('calls') });
    expect(check()(json({ kind: 'script', calls: [], error: 'x'.repeat(5_000) }))).toMatchObject({ ok: false });
    const deep = `{"kind":"script","calls":[],"value":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(check()(deep)).toMatchObject({ ok: false, reason: 'a message nested deeper than 140 levels' });
    expect(check()(json({ kind: 'script', calls: [1, 2], value: { $: 'object', v: { score: 1 } } }))).toMatchObject({ ok: true });
  });
});
