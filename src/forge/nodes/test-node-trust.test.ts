import { describe, expect, it } from 'vitest';
import { forgeStateFixture } from '../flow/forge-state-fixture.js';
import type { Evaluation } from '../../scoring/evaluation.js';
import type { Sandbox, SandboxJob } from '../../sandbox/sandbox.js';
import { TestNode } from './test-node.js';

const evaluation: Evaluation = {
  status: 'failed',
  train: { passed: 0, total: 1 },
  test: { passed: 0, total: 0 },
  trainErrors: [1],
  testErrors: [],
  failingCases: [],
  medianCallMs: 0,
  stderr: '',
  notes: [],
  solved: false,
};

describe('the test stage', () => {
  it("tells the sandbox each candidate's provenance: whitelisted offline-engine code, everything else untrusted", async () => {
    const { state, close } = await forgeStateFixture();
    const jobs: SandboxJob[] = [];
    const sandbox: Sandbox = { name: 'recording', isolation: [], admit: () => undefined, evaluate: async (job) => (jobs.push(job), evaluation) };
    state.services.sandbox = sandbox;
    const build = (name: string) => ({ ok: true, errors: [], structural: {} as never, modulePath: `/staging/${name}.mjs`, stagingDir: '/staging' });
    state.items = [
      { proposal: { code: 'gp', parents: [], operator: 'gp:lexicase', whitelisted: true }, hash: 'a', build: build('gp') },
      { proposal: { code: 'llm', parents: [], operator: 'llm:diff' }, hash: 'b', build: build('llm') },
      { proposal: { code: 'seed', parents: [], operator: 'seed', whitelisted: false }, hash: 'c', build: build('seed') },
    ];
    await new TestNode().run(state);
    expect(jobs.map((job) => [job.modulePath, job.trust])).toEqual([
      ['/staging/gp.mjs', 'gp-whitelist'],
      ['/staging/llm.mjs', 'untrusted'],
      ['/staging/seed.mjs', 'untrusted'],
    ]);
    close();
  });
});
