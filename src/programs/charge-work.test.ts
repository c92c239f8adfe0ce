import { describe, expect, it } from 'vitest';
import { chargedCall } from './charge-work.js';
import { buildTable } from './compile-program.js';
import { compileProgram } from './compile-program.js';
import { GpContext } from './gp-context.js';

describe('chargedCall', () => {
  const ctx = new GpContext({ params: [{ name: 's', type: 'string' }], returns: ['string'], train: [], test: [] });
  const table = buildTable();

  it('charges a length-keeping primitive on its argument, before the result is built', () => {
    expect(chargedCall(ctx.set.get('reverse_string'), ['s'])).toBe('reverse(charged(s))');
    expect(chargedCall(ctx.set.get('upper'), ['s'])).toBe('charged(s.toUpperCase())');
  });

  it("reads the built-ins' name patterns only on built-ins: a building block named like one is charged by its types", () => {
    const block = (name: string, ret: 'string' | 'int') => ({ name, args: ['string' as const], ret, print: (a: string[]) => `f(${a[0]})`, library: { declaration: '', directiveId: 'd', candidateId: 'c' } });
    expect(chargedCall(block('reverse_twice', 'string'), ['s'])).toBe('charged(f(s))');
    expect(chargedCall(block('len_words', 'int'), ['s'])).toBe('f(charged(s))');
  });

  it('charges the same steps either way: the step limit stops the same executions', () => {
    // One step per 16 characters: reversing 32,015 characters costs the whole budget of 2,000 steps, 32,016 one step more.
    for (const [n, fits] of [[32_015, true], [32_016, false]] as const) {
      for (const source of ['function (s) {\nreturn reverse(charged(s));\n}', 'function (s) {\nreturn charged(reverse(s));\n}']) {
        const fn = compileProgram(source, table);
        table.resetSteps(2000);
        if (fits) expect((fn('x'.repeat(n)) as string).length).toBe(n);
        else expect(() => fn('x'.repeat(n))).toThrow('step limit exceeded');
      }
    }
  });

  it("gives the engine's reverse the result of the emitted one ([...s].reverse().join('')), surrogate pairs kept whole", () => {
    const reverse = table.reverse as (s: string) => string;
    for (const s of ['', 'a', 'FizzBuzz', 'a😀b', '😀😀', 'x\ud800y', 'x\udc00y', '\udc00\ud800', 'é👍🏽!']) expect(reverse(s)).toBe([...s].reverse().join(''));
  });
});
