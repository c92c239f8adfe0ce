import { describe, expect, it } from 'vitest';
import { createSandbox } from './create-sandbox.js';
import { sandboxContract } from './sandbox.contract.js';
import { CONTRACT_LIMITS, removeStaged, stageCandidate, stageFiles } from './sandbox-fixtures.js';

sandboxContract('permission-only', () => createSandbox({ bwrap: 'off' }), { bwrap: 'off' });

describe('createSandbox errors', () => {
  const sandbox = createSandbox({ bwrap: 'off' });

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
