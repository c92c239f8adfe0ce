import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateModule } from '../../src/forge/eval/evaluate-module.js';
import { startRun } from '../../src/forge/run/start-run.js';
import { HephaestusError } from '../../src/errors/hephaestus-error.js';
import { expectNothingWritten, malformedWorkspace, removeWorkspace } from './malformed-check.js';
import { MALFORMED_TABLE } from './malformed-table.js';

/** The error a promise rejects with (the test fails if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the malformed input to be rejected');
}

// Both commands' code paths for every case, in-process: the same validation the CLI turns into exit 2.
describe('malformed inputs through run and eval, in-process', () => {
  it.each(MALFORMED_TABLE)('$case: INVALID_INPUT naming $file and $field, nothing written', async (item) => {
    const work = malformedWorkspace(item);
    try {
      const attempts = (item.commands ?? ['run', 'eval']).map((command) =>
        command === 'run'
          ? startRun({ workDir: work, directiveFiles: [join(work, 'directive.json')], engine: 'gp', cycles: 1, handleSignals: false, log: () => undefined })
          : evaluateModule({ workDir: work, directiveFile: join(work, 'directive.json'), moduleFile: resolve(work, item.module ?? 'correct.ts'), record: true }),
      );
      for (const attempt of attempts) {
        const error = await rejection(attempt);
        expect(error).toBeInstanceOf(HephaestusError);
        expect(error).toMatchObject({ code: 'INVALID_INPUT', file: resolve(work, item.file), field: item.field });
      }
      expectNothingWritten(work, item.case);
    } finally {
      removeWorkspace(work);
    }
  });
});
