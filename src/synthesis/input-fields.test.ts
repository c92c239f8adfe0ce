import { describe, expect, it } from 'vitest';
import { GpContext } from '../programs/gp-context.js';
import { printNode } from '../programs/print-program.js';
import { inputFields } from './input-fields.js';

const ctx = (inputs: unknown[][], types: ('string' | 'int')[]): GpContext =>
  new GpContext({ params: types.map((type, i) => ({ name: `p${i}`, type })), returns: ['int'], train: inputs.map((x) => ({ inputs: x, outputs: [0] })), test: [] });

describe('numbers held in a text parameter between fixed texts', () => {
  it('reads each at fixed bounds, as the enumeration leaf toInt(s.slice(a, b)) with its value per case', () => {
    const inputs = [['09:30', 4], ['23:05', 1], ['00:59', 2], ['12:00', 3]];
    const fields = inputFields(ctx(inputs, ['string', 'int']), inputs.map((x) => ({ inputs: x, outputs: [0] })));
    const c = ctx(inputs, ['string', 'int']);
    expect(fields.map((f) => printNode(c, f.node, true, new Set()))).toEqual(['toInt(p0.slice(0, 2))', 'toInt(p0.slice(3, 5))']);
    expect(fields.map((f) => f.value(['07:45', 0]))).toEqual([7, 45]);
  });

  it('reads nothing from free text, and an unpadded number by its bounds from the end', () => {
    const words = [['a cat'], ['the dog 3'], ['x'], ['hello']];
    expect(inputFields(ctx(words, ['string']), words.map((x) => ({ inputs: x, outputs: [0] })))).toEqual([]);
    // The hour is unpadded ("9:30", "23:05"): it is all but the last three characters.
    const clock = [['9:30'], ['23:05'], ['0:59'], ['12:00']];
    const c = ctx(clock, ['string']);
    const fields = inputFields(c, clock.map((x) => ({ inputs: x, outputs: [0] })));
    expect(fields.map((f) => printNode(c, f.node, true, new Set()))).toEqual(['toInt(p0.slice(0, (-3)))', 'toInt(p0.slice((-2)))']);
    expect(fields.map((f) => f.value(['7:45']))).toEqual([7, 45]);
  });
});
