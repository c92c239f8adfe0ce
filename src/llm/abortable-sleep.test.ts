import { describe, expect, it } from 'vitest';
import { abortableSleep } from './abortable-sleep.js';

describe('abortableSleep', () => {
  it('waits the given time, or returns as soon as the signal aborts', async () => {
    let started = Date.now();
    await abortableSleep(120, new AbortController().signal);
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    started = Date.now();
    await abortableSleep(10_000, controller.signal);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
