import { readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Sandbox } from './sandbox.js';
import { registerContainmentContract } from './sandbox-containment.contract.js';
import { registerEvaluatorsContract } from './sandbox-evaluators.contract.js';
import { registerImportsContract } from './sandbox-imports.contract.js';
import { registerOrphanContract } from './sandbox-orphan.contract.js';
import { CONTRACT_LIMITS, exampleSet, processesMentioning, removeStaged, stageCandidate } from './sandbox-fixtures.js';
import { registerTamperingContract } from './sandbox-tampering.contract.js';

const sums = exampleSet(
  Array.from({ length: 20 }, (_, i): [unknown[], unknown[]] => [[i, 2 * i], [3 * i]]),
  [[[100, 1], [101]], [[-5, 5], [0]]],
);

/** The behaviour every Sandbox implementation must show; `bwrap` says which variant `make` builds. */
export function sandboxContract(name: string, make: () => Sandbox, options: { bwrap: 'required' | 'off' }): void {
  const network = options.bwrap === 'required';
  describe(`${name} sandbox contract`, () => {
    const sandbox = make();
    afterAll(removeStaged);

    it('describes its isolation layers', () => {
      expect(sandbox.isolation.some((layer) => layer.includes('permission model'))).toBe(true);
      expect(sandbox.isolation.some((layer) => layer.startsWith('bubblewrap'))).toBe(network);
    });

    it('passes a correct module', async () => {
      const modulePath = stageCandidate('export default function add(a, b) { return a + b; }\n');
      const ev = await sandbox.evaluate({ modulePath, evaluator: { kind: 'examples', cases: sums }, limits: CONTRACT_LIMITS });
      expect(ev).toMatchObject({ status: 'passed', solved: true, train: { passed: 20, total: 20 }, test: { passed: 2, total: 2 }, notes: [] });
      expect(ev.trainErrors).toEqual(Array(20).fill(0));
      expect(ev.failingCases).toEqual([]);
      expect(ev.medianCallMs).toBeGreaterThanOrEqual(0);
    });

    it('fails a wrong module with PSB errors and the failing cases', async () => {
      const modulePath = stageCandidate('export default function sub(a, b) { return a - b; }\n');
      const ev = await sandbox.evaluate({ modulePath, evaluator: { kind: 'examples', cases: sums }, limits: CONTRACT_LIMITS });
      expect(ev).toMatchObject({ status: 'failed', solved: false, train: { passed: 1, total: 20 }, test: { passed: 0, total: 2 } });
      expect(ev.trainErrors).toEqual(Array.from({ length: 20 }, (_, i) => 4 * i));
      expect(ev.testErrors).toEqual([2, 10]);
      expect(ev.failingCases).toHaveLength(10);
      expect(ev.failingCases[0]).toMatchObject({ split: 'train', index: 1, input: [1, 2], expected: 3, actual: -1 });
    });

    it('keeps concurrent evaluations apart', async () => {
      const good = stageCandidate('export default (a, b) => a + b;\n');
      const bad = stageCandidate('export default (a, b) => a * b;\n');
      const [first, second, third] = await Promise.all(
        [good, bad, good].map((modulePath) => sandbox.evaluate({ modulePath, evaluator: { kind: 'examples', cases: sums }, limits: CONTRACT_LIMITS })),
      );
      expect([first.solved, third.solved]).toEqual([true, true]);
      expect(second).toMatchObject({ solved: false, train: { passed: 1 } });
    });

    it('stops a looping call at its per-call limit, times out the run and leaves no process behind', async () => {
      const modulePath = stageCandidate('export default function f(a, b) { while (a >= 5) {} return a + b; }\n');
      const fdsBefore = readdirSync('/proc/self/fd').length;
      const ev = await sandbox.evaluate({ modulePath, evaluator: { kind: 'examples', cases: sums }, limits: { ...CONTRACT_LIMITS, timeoutMs: 4_000 } });
      expect(ev).toMatchObject({ status: 'timeout', solved: false, train: { passed: 5, total: 20 } });
      expect(ev.notes[0]).toMatch(/^timeout: wall limit/);
      // Case 5 is stopped at the 2 s per-call limit (unless start-up under load ate that time); case 6 by the wall limit.
      expect(ev.failingCases[0]).toMatchObject({ index: 5, error: expect.stringMatching(/ran past its limit of 2000 ms|not run: the sandbox timed out/) });
      expect(ev.failingCases.at(-1)).toMatchObject({ error: 'not run: the sandbox timed out' });
      expect(processesMentioning(modulePath)).toEqual([]);
      expect(readdirSync('/proc/self/fd').length).toBeLessThanOrEqual(fdsBefore);
    });

    it('contains a heap bomb in the isolate and records the memory limit', async () => {
      const modulePath = stageCandidate('export default function f() { const a = []; for (;;) a.push(new Array(1e5).fill(1.5)); }\n');
      const ev = await sandbox.evaluate({ modulePath, evaluator: { kind: 'examples', cases: sums }, limits: { ...CONTRACT_LIMITS, memoryMb: 64 } });
      expect(ev).toMatchObject({ status: 'failed', solved: false, train: { passed: 0 } });
      expect(ev.notes).toEqual(['memory: isolate limit of 64 MB reached']);
      expect(ev.failingCases[0].error).toBe('threw: memory: isolate limit of 64 MB reached');
      expect(processesMentioning(modulePath)).toEqual([]);
    });

    it('refuses ArrayBuffers beyond the isolate memory limit', async () => {
      const modulePath = stageCandidate(
        'export default function f() { const kept = []; try { for (let i = 0; i < 40; i++) kept.push(new ArrayBuffer(1e8)); return "allocated"; } catch { return "refused"; } }\n',
      );
      const ev = await sandbox.evaluate({ modulePath, evaluator: { kind: 'examples', cases: exampleSet([[[], ['refused']]]) }, limits: CONTRACT_LIMITS });
      expect(ev.failingCases).toEqual([]);
      expect(ev).toMatchObject({ status: 'passed', solved: true });
    });

    registerContainmentContract(sandbox, { network });
    registerOrphanContract(options.bwrap);
    registerImportsContract(sandbox);
    registerTamperingContract(sandbox);
    registerEvaluatorsContract(sandbox);
  });
}
