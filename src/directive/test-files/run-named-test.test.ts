import { describe, expect, it } from 'vitest';
import { runNamedTest } from './run-named-test.js';

const spin = (ms: number): void => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('runNamedTest', () => {
  it('passes, fails and stops a test that loops, synchronous or not', async () => {
    const fn = (a: unknown) => a;
    expect(await runNamedTest({ name: 'ok', run: (f) => (f as typeof fn)(1) }, fn, 100)).toBe(true);
    expect(await runNamedTest({ name: 'throws', run: () => { throw new Error('no'); } }, fn, 100)).toBe(false);
    expect(await runNamedTest({ name: 'rejects', run: async () => { throw new Error('no'); } }, fn, 100)).toBe(false);
    expect(await runNamedTest({ name: 'spins', run: () => { for (;;); } }, fn, 50)).toBe(false);
    expect(await runNamedTest({ name: 'hangs', run: () => new Promise(() => undefined) }, fn, 50)).toBe(false);
    expect(await runNamedTest({ name: 'broken', broken: 'no export' }, fn, 50)).toBe(false);
  });

  it('leaves no rejection unhandled when the time is up just as an async test returns its promise', async () => {
    const unhandled: unknown[] = [];
    const listen = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', listen);
    try {
      // Spinning for about the time bound makes the watchdog fire now before, now just after, the promise is returned.
      for (let i = 0; i < 60; i++) {
        await runNamedTest({ name: 'late', run: async () => { spin(2); await Promise.resolve(); throw new Error('fails later'); } }, () => 0, 2);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', listen);
    }
    expect(unhandled).toEqual([]);
  });
});
