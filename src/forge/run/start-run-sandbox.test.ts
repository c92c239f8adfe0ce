import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workspaceWith } from '../../../tests/support/cli.js';
import { createSandbox } from '../../sandbox/create-sandbox.js';
import { evaluateModule } from '../eval/evaluate-module.js';
import { startRun } from './start-run.js';

const works: string[] = [];
afterEach(() => {
  for (const dir of works.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The abs-diff fixture with a small offline engine, optionally with the correct module as the directive's seed. */
function workspace(seeded: boolean): string {
  const work = workspaceWith('abs-diff');
  works.push(work);
  mkdirSync(join(work, 'config'));
  writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify({ gp: { population: 100, generations_per_cycle: 3 } }));
  if (seeded) {
    const directive = JSON.parse(readFileSync(join(work, 'directive.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(work, 'directive.json'), JSON.stringify({ ...directive, seed: 'correct.ts' }));
  }
  return work;
}

// A sandbox without bubblewrap and without the user's opt-in: what a machine lacking bwrap gets by default.
describe('where bubblewrap is missing', () => {
  it('refuses a run that would evaluate a seed module before anything is written', async () => {
    const work = workspace(true);
    const run = startRun({ workDir: work, directiveFiles: [join(work, 'directive.json')], engine: 'gp', cycles: 1, sandbox: createSandbox({ bwrap: 'off' }) });
    await expect(run).rejects.toMatchObject({ code: 'SANDBOX_FAILURE' });
    expect(existsSync(join(work, '.hephaestus'))).toBe(false);
  });

  it('refuses to evaluate a module handed to eval, recording nothing', async () => {
    const work = workspace(false);
    const verdict = evaluateModule({ workDir: work, directiveFile: join(work, 'directive.json'), moduleFile: join(work, 'correct.ts'), sandbox: createSandbox({ bwrap: 'off' }), record: true });
    await expect(verdict).rejects.toMatchObject({ code: 'SANDBOX_FAILURE' });
    expect(existsSync(join(work, '.hephaestus'))).toBe(false);
  });

  it("still runs the offline engine, whose programs are verified in the sandbox without bubblewrap", { timeout: 120_000 }, async () => {
    const work = workspace(false);
    const outcome = await startRun({ workDir: work, directiveFiles: [join(work, 'directive.json')], engine: 'gp', seed: 1, cycles: 1, sandbox: createSandbox({ bwrap: 'off' }) });
    expect(outcome.directives[0].cycles).toBe(1);
    expect(outcome.directives[0].bestCandidateId).toBeDefined();
  });
});
