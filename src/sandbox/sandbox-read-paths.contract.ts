import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createSandbox } from './create-sandbox.js';
import { CONTRACT_LIMITS, exampleSet, stageFiles } from './sandbox-fixtures.js';

/** A candidate may import an installed package only when its node_modules is granted with readPaths. */
export function registerReadPathsContract(bwrap: 'required' | 'off'): void {
  it('lets a candidate import packages from granted read paths only', async () => {
    const project = stageFiles({ 'package.json': '{ "name": "project", "type": "module" }\n' });
    mkdirSync(join(project, 'node_modules', 'answer'), { recursive: true });
    writeFileSync(join(project, 'node_modules', 'answer', 'package.json'), '{ "name": "answer", "type": "module", "exports": "./index.js" }\n');
    writeFileSync(join(project, 'node_modules', 'answer', 'index.js'), 'export default 42;\n');
    mkdirSync(join(project, 'staging'));
    const modulePath = join(project, 'staging', 'candidate.mjs');
    writeFileSync(modulePath, "import answer from 'answer';\nexport default () => answer;\n");
    const job = { modulePath, evaluator: { kind: 'examples' as const, cases: exampleSet([[[], [42]]]) }, limits: CONTRACT_LIMITS };
    const denied = await createSandbox({ bwrap }).evaluate(job);
    expect(denied).toMatchObject({ status: 'failed', solved: false });
    // Without bubblewrap the permission model refuses the read, which is also noted as an escape attempt.
    expect(denied.notes[0]).toMatch(/^load-error: the candidate module failed to load/);
    const granted = await createSandbox({ bwrap, readPaths: [join(project, 'node_modules')] }).evaluate(job);
    expect(granted).toMatchObject({ status: 'passed', solved: true });
  });
}
