import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox } from './create-sandbox.js';
import { sandboxContract } from './sandbox.contract.js';
import { CONTRACT_LIMITS, exampleSet, removeStaged, stageCandidate, stageFiles } from './sandbox-fixtures.js';

sandboxContract('permission-only', () => createSandbox({ bwrap: 'off', allowUntrustedWithoutBwrap: true }), { bwrap: 'off' });

describe('createSandbox without bubblewrap and without the opt-in', () => {
  const strict = createSandbox({ bwrap: 'off' });
  afterAll(removeStaged);

  it('refuses untrusted code (the default provenance) with a SANDBOX_FAILURE, before running anything', async () => {
    const modulePath = stageCandidate('export default (x) => x;\n');
    const job = { modulePath, evaluator: { kind: 'examples' as const, cases: exampleSet([[[1], [1]]]) }, limits: CONTRACT_LIMITS };
    await expect(strict.evaluate(job)).rejects.toMatchObject({ code: 'SANDBOX_FAILURE' });
    await expect(strict.evaluate({ ...job, trust: 'untrusted' })).rejects.toMatchObject({ code: 'SANDBOX_FAILURE' });
    expect(() => strict.admit('untrusted')).toThrow(/refusing to run untrusted code/);
  });

  it("verifies the offline engine's whitelisted programs under the permission model", async () => {
    const modulePath = stageCandidate('export default (x) => x;\n');
    const job = { modulePath, evaluator: { kind: 'examples' as const, cases: exampleSet([[[1], [1]]]) }, limits: CONTRACT_LIMITS, trust: 'gp-whitelist' as const };
    expect(await strict.evaluate(job)).toMatchObject({ status: 'passed', solved: true });
  });
});

describe('createSandbox errors', () => {
  const sandbox = createSandbox({ bwrap: 'off', allowUntrustedWithoutBwrap: true });

  it('is a SANDBOX_FAILURE when the candidate module does not exist', async () => {
    const job = { modulePath: '/nonexistent/candidate.mjs', evaluator: { kind: 'tests' as const, files: [] }, limits: CONTRACT_LIMITS };
    await expect(sandbox.evaluate(job)).rejects.toMatchObject({ name: 'HephaestusError', code: 'SANDBOX_FAILURE' });
  });

  it('is INVALID_INPUT naming the file when a test file is missing or does not transpile', async () => {
    const modulePath = stageCandidate('export default () => 1;\n');
    const broken = `${stageFiles({ 'broken.test.ts': 'export default (fn) => {{;\n' })}/broken.test.ts`;
    try {
      for (const file of ['/nonexistent/a.test.ts', broken]) {
        const job = { modulePath, evaluator: { kind: 'tests' as const, files: [file] }, limits: CONTRACT_LIMITS };
        await expect(sandbox.evaluate(job)).rejects.toMatchObject({ code: 'INVALID_INPUT', file });
      }
    } finally {
      removeStaged();
    }
  });
});
