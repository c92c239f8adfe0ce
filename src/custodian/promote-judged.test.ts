import { afterEach, describe, expect, it } from 'vitest';
import type { CandidateRecord } from '../registry/records.js';
import { registryFixtures } from '../registry/registry-fixtures.js';
import { custodianViewFixture, type CustodianViewFixture } from './custodian-view-fixture.js';
import { lastPromotion } from './last-promotion.js';
import { promoteJudged } from './promote-judged.js';

const code = (n: number): string => `export default function fizzBuzz(x: number): string {\n  return String(x + ${n});\n}\n`;

describe('promoteJudged', () => {
  const open: { close(): void }[] = [];
  afterEach(() => open.splice(0).forEach((fixture) => fixture.close()));

  function setUp(): { view: CustodianViewFixture; add: (id: string, over: Partial<CandidateRecord>) => CandidateRecord } {
    const fixture = custodianViewFixture();
    open.push(fixture);
    const add = (id: string, over: Partial<CandidateRecord>): CandidateRecord => {
      const candidate = registryFixtures.candidate(id, { directiveId: 'fizz', runId: 'run-1', code: code(id.length), ...over });
      fixture.registry.addCandidate(candidate);
      return candidate;
    };
    return { view: fixture.view, add };
  }

  it('promotes a clean solved candidate through the view', () => {
    const { view, add } = setUp();
    view.registered = [add('clean', { status: 'solved', score: 2 })];
    promoteJudged(view, () => []);
    expect(view.promoted).toEqual(['clean']);
    expect(view.solved).toBe(true);
  });

  it('never promotes a flagged candidate: records why, and promotes the best clean one of the cycle instead', () => {
    const { view, add } = setUp();
    const quiet = add('quiet', { status: 'solved', score: 3, artifacts: { flags: ['output-cap'] } });
    const gamed = add('gamed', { status: 'solved', score: 2.5 });
    const honest = add('honest', { status: 'evaluated', score: 1 });
    const flags = new Map([['gamed', [{ kind: 'lookup-table' as const, severe: true, detail: 'train outputs as literals' }]]]);
    view.registered = [honest, quiet, gamed];
    promoteJudged(view, (c) => flags.get(c.id) ?? []);
    const refused = view.registry.listEvents({ directiveId: 'fizz', kind: 'promotion-refused' });
    expect(refused.map((e) => [e.candidateId, e.data.objections])).toEqual([
      ['quiet', ['sandbox flag output-cap']],
      ['gamed', ['lookup-table: train outputs as literals']],
    ]);
    expect(view.promoted).toEqual(['honest']);
    expect(view.solved).toBe(false);
  });

  it('promotes nothing that does not beat the module already promoted, and nothing flagged at all', () => {
    const { view, add } = setUp();
    view.registered = [add('first', { status: 'evaluated', score: 1 })];
    promoteJudged(view, () => []);
    view.registered = [add('worse', { status: 'evaluated', score: 0.5 }), add('flagged', { status: 'evaluated', score: 5 })];
    promoteJudged(view, (c) => (c.id === 'flagged' ? [{ kind: 'train-test-gap', severe: false, detail: 'gap' }] : []));
    expect(view.promoted).toEqual(['first']);
    expect(lastPromotion(view.registry, 'fizz')?.candidateId).toBe('first');
  });

  it('promotes a solved candidate before an unsolved one of the same or a higher score, and after an unsolved module', () => {
    const { view, add } = setUp();
    view.registered = [add('overfit', { status: 'evaluated', score: 2 }), add('general', { status: 'solved', score: 1.5 })];
    promoteJudged(view, () => []);
    expect(view.promoted).toEqual(['general']);
    expect(view.solved).toBe(true);
    const later = setUp();
    later.view.registered = [later.add('short', { status: 'evaluated', score: 2 })];
    promoteJudged(later.view, () => []);
    later.view.registered = [later.add('tied', { status: 'solved', score: 2 }), later.add('less', { status: 'evaluated', score: 1 })];
    promoteJudged(later.view, () => []);
    expect(later.view.promoted).toEqual(['short', 'tied']);
    expect(later.view.solved).toBe(true);
    // A solved module is beaten only by a higher score, solved or not.
    later.view.registered = [later.add('equal', { status: 'solved', score: 2 }), later.add('lower', { status: 'solved', score: 1.5 })];
    promoteJudged(later.view, () => []);
    expect(later.view.promoted).toEqual(['short', 'tied']);
  });
});
