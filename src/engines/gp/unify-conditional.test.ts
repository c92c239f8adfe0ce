import { describe, expect, it } from 'vitest';
import type { Found } from './enumerate-programs.js';
import type { GpType } from './gp-api.js';
import type { GpNode } from './program-tree.js';
import { unifyConditional } from './unify-conditional.js';

const v = (name: string, type: GpType): GpNode => ({ kind: 'var', type, name });
const found = (name: string, type: GpType, values: unknown[], size = 2): Found => ({ node: v(name, type), size, values });

describe('unifyConditional', () => {
  // Cases: the output is the upper-case letter where the input is lower case, the lower-case one elsewhere.
  const cases = ['a', 'B', 'c', 'D'].map((c) => ({ inputs: [c], outputs: [c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()] }));
  const upper = found('upper', 'string', ['A', 'B', 'C', 'D']);
  const lower = found('lower', 'string', ['a', 'b', 'c', 'd']);
  const same = found('same', 'string', ['a', 'B', 'c', 'D'], 1);

  it('joins two expressions, each right on some cases, under a condition that tells those cases apart', () => {
    const isLower = found('isLower', 'boolean', [true, false, true, false]);
    const chance = found('chance', 'boolean', [true, true, false, false]);
    const bank = new Map<GpType, Found[]>([
      ['string', [same, upper, lower]],
      ['boolean', [chance, isLower]],
    ]);
    const [first] = unifyConditional(bank, 'string', cases);
    expect(first).toEqual({ kind: 'call', prim: 'if_string', type: 'string', kids: [isLower.node, upper.node, lower.node] });
  });

  it('offers nothing when no condition separates the cases, or no two expressions cover them', () => {
    const chance = found('chance', 'boolean', [true, true, false, false]);
    expect(unifyConditional(new Map([['string', [same, upper, lower]], ['boolean', [chance]]]), 'string', cases)).toEqual([]);
    const isLower = found('isLower', 'boolean', [true, false, true, false]);
    expect(unifyConditional(new Map([['string', [same, upper]], ['boolean', [isLower]]]), 'string', cases)).toEqual([]);
  });
});
