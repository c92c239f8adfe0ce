import { describe, expect, it } from 'vitest';
import { createMockLlmModel } from '../test-doubles/mock-llm-model.js';
import { digitsCandidate, fizzDirective, fizzExamples } from './goal-proposer-fixtures.js';
import { parseLlmProposals, proposeWithLlm } from './propose-with-llm.js';

const reply = (subgoals: unknown[]): string => `Here is the plan.\n\`\`\`json\n${JSON.stringify({ subgoals })}\n\`\`\`\n`;
const fizzOnly = {
  name: 'multiples-of-three',
  goal: 'Return "Fizz" for multiples of 3.',
  why: 'the digits case is already solved',
  train: [3, 6, 9, 12].map((x) => ({ inputs: [x], outputs: ['Fizz'] })),
  test: [{ inputs: [15], outputs: ['Fizz'] }],
};

describe('LLM goal proposals', () => {
  const directive = fizzDirective();
  const examples = fizzExamples();

  it('decomposes a failing directive into sub-directives with their own cases, citing the failures in the prompt', async () => {
    const model = createMockLlmModel(() => reply([fizzOnly]));
    const { proposals, dropped } = await proposeWithLlm(model, { directive, examples, best: digitsCandidate(examples), mode: 'decompose' });
    expect(dropped).toEqual([]);
    expect(proposals).toEqual([
      expect.objectContaining({ id: 'fizz.llm-multiples-of-three', parent: 'fizz', kind: 'llm-decompose', goal: fizzOnly.goal, train: fizzOnly.train, test: fizzOnly.test }),
    ]);
    expect(proposals[0].why).toContain('the digits case is already solved');
    expect(model.calls[0].prompt).toContain('expected "Fizz", got "3"');
    expect(model.calls[0].prompt).toContain('not solved yet');
  });

  it('asks for extensions of a solved directive', async () => {
    const model = createMockLlmModel(() => reply([{ ...fizzOnly, name: 'buzz-too' }]));
    const { proposals } = await proposeWithLlm(model, { directive, examples, mode: 'extend' });
    expect(proposals[0]).toMatchObject({ kind: 'llm-extend', id: 'fizz.llm-buzz-too' });
    expect(model.calls[0].prompt).toContain('The directive is solved');
  });

  it('drops sub-goals whose cases do not fit the signature, and replies that are not JSON', () => {
    const bad = { ...fizzOnly, train: [{ inputs: [1, 2], outputs: ['x'] }, { inputs: [3], outputs: ['Fizz'] }] };
    const parsed = parseLlmProposals(reply([bad, fizzOnly]), directive, 'decompose');
    expect(parsed.proposals).toHaveLength(1);
    expect(parsed.dropped[0]).toMatch(/sub-goal 1/);
    expect(parseLlmProposals('no plan today', directive, 'decompose')).toEqual({ proposals: [], dropped: ['the reply is not JSON'] });
  });
});
