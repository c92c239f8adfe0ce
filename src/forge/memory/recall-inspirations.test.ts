import { describe, expect, it } from 'vitest';
import { forgeStateFixture } from '../flow/forge-state-fixture.js';
import { recallInspirations } from './recall-inspirations.js';

describe('recallInspirations', () => {
  it("offers other directives' solutions with the same signature, never the directive's own or other signatures", async () => {
    const { state, registry, close } = await forgeStateFixture();
    const own = state.best!;
    registry.upsertDirective({ id: 'fizz.easy', file: 'x', goal: 'easy', signature: state.directive.signature, json: '{}', priority: 1, status: 'solved' });
    registry.upsertDirective({ id: 'other', file: 'y', goal: 'other', signature: '(s: string) => number', json: '{}', priority: 1, status: 'solved' });
    const solved = { ...own, id: 'easy-1', directiveId: 'fizz.easy', hash: 'e1', score: 1, code: 'export default function f(x: number): string {\n  return x % 3 === 0 ? "Fizz" : String(x);\n}\n' };
    const foreign = { ...own, id: 'other-1', directiveId: 'other', hash: 'o1', score: 1 };
    for (const c of [solved, foreign]) registry.addCandidate(c);
    await state.services.memory!.remember([
      { kind: 'candidate', ref: own.id, directiveId: 'fizz', signature: state.directive.signature, text: own.code, score: own.score },
      { kind: 'candidate', ref: solved.id, directiveId: 'fizz.easy', signature: state.directive.signature, text: solved.code, score: 1 },
      { kind: 'candidate', ref: foreign.id, directiveId: 'other', signature: '(s: string) => number', text: foreign.code, score: 1 },
    ]);
    expect((await recallInspirations(state, 2)).map((c) => c.id)).toEqual(['easy-1']);
    expect(await recallInspirations(state, 0)).toEqual([]);
    close();
  });
});
