import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Sandbox } from './sandbox.js';
import { CONTRACT_LIMITS, exampleSet, stageCandidate, stageFiles } from './sandbox-fixtures.js';

const one = exampleSet([[[1], [1]]]);

/** The candidate's isolate holds the JavaScript built-ins alone: no host objects, and no module can be imported. */
export function registerImportsContract(sandbox: Sandbox): void {
  const run = (modulePath: string, cases = one) => sandbox.evaluate({ modulePath, evaluator: { kind: 'examples', cases }, limits: CONTRACT_LIMITS });

  it('gives the candidate no host objects, WebAssembly or shared memory', async () => {
    const names = ['process', 'require', 'module', 'Buffer', 'console', 'setTimeout', 'fetch', 'WebAssembly', 'SharedArrayBuffer', 'Atomics'];
    const probe = `export default () => ${JSON.stringify(names)}.filter((name) => typeof globalThis[name] !== 'undefined');\n`;
    const ev = await run(stageCandidate(probe), exampleSet([[[], [[]]]]));
    expect(ev.failingCases).toEqual([]);
    expect(ev.solved).toBe(true);
  });

  it('fails a candidate that imports anything, naming the import, and runs none of it', async () => {
    const project = stageFiles({ 'package.json': '{ "name": "project", "type": "module" }\n' });
    mkdirSync(join(project, 'node_modules', 'answer'), { recursive: true });
    writeFileSync(join(project, 'node_modules', 'answer', 'package.json'), '{ "name": "answer", "type": "module", "exports": "./index.js" }\n');
    writeFileSync(join(project, 'node_modules', 'answer', 'index.js'), `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(join(project, 'ran.txt'))}, 'x');\nexport default 1;\n`);
    mkdirSync(join(project, 'staging'));
    const modulePath = join(project, 'staging', 'candidate.mjs');
    writeFileSync(modulePath, "import answer from 'answer';\nimport { readFileSync } from 'node:fs';\nexport default (x) => x + answer * 0 + readFileSync.length * 0;\n");
    const ev = await run(modulePath);
    expect(ev).toMatchObject({ status: 'failed', solved: false, train: { passed: 0 } });
    expect(ev.notes).toEqual(['load-error: the candidate imports "answer", "node:fs": candidates run in an isolate where no module can be imported']);
    expect(existsSync(join(project, 'ran.txt'))).toBe(false);
  });

  it('refuses a dynamic import at call time', async () => {
    const ev = await run(stageCandidate("export default async (x) => { await import('node:fs'); return x; };\n"));
    expect(ev).toMatchObject({ status: 'failed', solved: false });
    expect(ev.failingCases[0].error).toMatch(/^threw: /);
  });
}
