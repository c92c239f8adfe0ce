import { describe, expect, it } from 'vitest';
import { forgeStateFixture } from '../flow/forge-state-fixture.js';
import { codeHash } from '../stages/code-hash.js';
import { NoveltyNode } from './novelty-node.js';

const item = (code: string) => ({ proposal: { code, parents: [], operator: 'gp:lexicase' }, hash: codeHash(code) });

describe('the novelty stage', () => {
  it('drops proposals that are near-duplicates of evaluated candidates or of each other, and counts the evaluations saved', async () => {
    const { state, registry, close } = await forgeStateFixture();
    const known = state.best!;
    await state.services.memory!.remember([{ kind: 'candidate', ref: known.id, directiveId: 'fizz', signature: state.directive.signature, text: known.code }]);
    const reformatted = `// same program, new comment\n${known.code.replace('  return', '    return')}`;
    const fresh = 'export default function fizz(x: number): string {\n  return x % 3 === 0 ? "Fizz" : String(x);\n}\n';
    const freshTwin = `${fresh}// twin\n`;
    state.items = [item(reformatted), item(fresh), item(freshTwin), item(known.code), { ...item('broken'), proposal: { code: 'broken', parents: [], operator: 'gp', failure: 'no reply' } }];
    await new NoveltyNode().run(state);
    expect(state.items.map((i) => i.proposal.code)).toEqual([fresh, known.code, 'broken']);
    expect(state.counters.noveltyRejected).toBe(2);
    const [event] = registry.listEvents({ kind: 'novelty-rejected' });
    expect(event.data).toMatchObject({ rejected: 2, proposals: 3, evaluationsSaved: 2, threshold: 0.995 });
    close();
  });

  it('keeps a near-duplicate the engine found passing all its cases', async () => {
    const { state, close } = await forgeStateFixture();
    const known = state.best!;
    await state.services.memory!.remember([{ kind: 'candidate', ref: known.id, directiveId: 'fizz', signature: state.directive.signature, text: known.code }]);
    const reformatted = `// same program, new comment\n${known.code.replace('  return', '    return')}`;
    state.items = [item(reformatted), { ...item(`${reformatted}// solved\n`), proposal: { ...item(reformatted).proposal, code: `${reformatted}// solved\n`, passesAllCases: true } }];
    await new NoveltyNode().run(state);
    expect(state.items.map((i) => i.proposal.passesAllCases)).toEqual([true]);
    close();
  });

  it('lets everything through without a memory', async () => {
    const { state, close } = await forgeStateFixture();
    state.services.memory = undefined;
    state.items = [item(state.best!.code)];
    await new NoveltyNode().run(state);
    expect(state.items).toHaveLength(1);
    close();
  });
});
