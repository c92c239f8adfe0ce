import { describe, expect, it } from 'vitest';
import { nodesToOutput } from './nodes-to-output.js';
import { PrimitiveSet } from '../primitives/primitive-set.js';

describe('nodesToOutput', () => {
  const set = new PrimitiveSet([], new Set(['int', 'boolean', 'int[]']));

  it('counts the fewest nodes around a type before it is an output', () => {
    const d = nodesToOutput(set.all, ['int']);
    expect(d.get('int')).toBe(0);
    // len(xs) is one node away.
    expect(d.get('int[]')).toBe(1);
  });

  it('leaves out a type no primitive turns into an output except through a lambda body', () => {
    const d = nodesToOutput(set.all.filter((p) => !p.name.startsWith('if_')), ['int']);
    expect(d.has('boolean')).toBe(false);
    // With a conditional, a boolean becomes an integer with two more arguments.
    expect(nodesToOutput(set.all, ['int']).get('boolean')).toBe(3);
  });
});
