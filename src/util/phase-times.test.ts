import { afterEach, describe, expect, it, vi } from 'vitest';
import { timePhase } from './phase-times.js';

describe('timePhase', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('returns what the work returns and passes its failure on, timed or not', async () => {
    for (const timed of [false, true]) {
      if (timed) vi.stubEnv('HEPHAESTUS_PHASE_TIMES', '1');
      await expect(timePhase('test:value', () => 42)).resolves.toBe(42);
      await expect(timePhase('test:async', async () => 'done')).resolves.toBe('done');
      await expect(timePhase('test:failure', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    }
  });
});
