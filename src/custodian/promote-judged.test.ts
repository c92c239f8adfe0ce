import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ForgeState } from '../forge/flow/forge-state.js';
import type { CandidateRecord } from '../registry/records.js';
import type { Registry } from '../registry/registry.js';
import { registryFixtures } from '../registry/registry-fixtures.js';
import { forgeStateFixture } from '../forge/flow/forge-state-fixture.js';
import { lastPromotion } from './last-promotion.js';
import { promoteJudged } from './promote-judged.js';

const code = (n: number): string => `export default function fizzBuzz(x: number): string {\n  return String(x + ${n});\n}\n`;

describe('promoteJudged', () => {
  let close = (): void => undefined;
  afterEach(() => close());

  async function setUp(): Promise<{ state: ForgeState; registry: Registry; add: (id: string, over: Partial<CandidateRecord>) => CandidateRecord }> {
    const fixture = await forgeStateFixture();
    close = fixture.close;
    const add = (id: string, over: Partial<CandidateRecord>): CandidateRecord => {
      const candidate = registryFixtures.candidate(id, { directiveId: 'fizz', runId: 'run-1', code: code(id.length), ...over });
      fixture.registry.addCandidate(candidate);
      return candidate;
    };
    return { ...fixture, add };
  }
  const nodeFile = (state: ForgeState): string => join(state.services.workDir, 'nodes', 'fizz', `${state.directive.name ?? 'fizz'}.ts`);

  it('writes a clean solved candidate to nodes/ and marks the directive solved', async () => {
    const { state, registry, add } = await setUp();
    const clean = add('clean', { status: 'solved', score: 2 });
    promoteJudged(state, [clean], () => []);
    expect(state.solved).toBe(true);
    expect(lastPromotion(registry, 'fizz')).toMatchObject({ kind: 'node-written', candidateId: 'clean' });
    expect(readFileSync(nodeFile(state), 'utf8')).toContain('return String(x + 5)');
  });

  it('never writes a flagged candidate: records why, and promotes the best clean one of the cycle instead', async () => {
    const { state, registry, add } = await setUp();
    const quiet = add('quiet', { status: 'solved', score: 3, artifacts: { flags: ['output-cap'] } });
    const gamed = add('gamed', { status: 'solved', score: 2.5 });
    const honest = add('honest', { status: 'evaluated', score: 1 });
    const flags = new Map([['gamed', [{ kind: 'lookup-table' as const, severe: true, detail: 'train outputs as literals' }]]]);
    promoteJudged(state, [honest, quiet, gamed], (c) => flags.get(c.id) ?? []);
    const refused = registry.listEvents({ directiveId: 'fizz', kind: 'promotion-refused' });
    expect(refused.map((e) => [e.candidateId, e.data.objections])).toEqual([
      ['quiet', ['sandbox flag output-cap']],
      ['gamed', ['lookup-table: train outputs as literals']],
    ]);
    expect(lastPromotion(registry, 'fizz')).toMatchObject({ kind: 'node-written', candidateId: 'honest' });
    expect(state.solved).toBe(false);
  });

  it('promotes nothing that does not beat the module already promoted, and nothing flagged at all', async () => {
    const { state, registry, add } = await setUp();
    const first = add('first', { status: 'evaluated', score: 1 });
    promoteJudged(state, [first], () => []);
    const worse = add('worse', { status: 'evaluated', score: 0.5 });
    const flagged = add('flagged', { status: 'evaluated', score: 5 });
    promoteJudged(state, [worse, flagged], (c) => (c.id === 'flagged' ? [{ kind: 'train-test-gap', severe: false, detail: 'gap' }] : []));
    expect(lastPromotion(registry, 'fizz')?.candidateId).toBe('first');
  });

  it('puts a clean candidate up for approval instead of writing it when the directive asks', async () => {
    const { state, registry, add } = await setUp();
    state.directive = { ...state.directive, requireApproval: true };
    const clean = add('clean', { status: 'evaluated', score: 2 });
    promoteJudged(state, [clean], () => []);
    expect(lastPromotion(registry, 'fizz')).toMatchObject({ kind: 'awaiting-approval', candidateId: 'clean' });
    expect(existsSync(nodeFile(state))).toBe(false);
  });
});
