import { describe, expect, it } from 'vitest';
import type { GpNode, Individual } from '../../programs/program-tree.js';
import { Rng } from '../../util/rng.js';
import { tuneConstants } from './tune-constants.js';

/** x * c + d: two constants for the tuner to find. */
function line(c: number, d: number): Individual {
  const k = (value: number): GpNode => ({ kind: 'const', type: 'float', value });
  const times: GpNode = { kind: 'call', prim: 'mul_float', type: 'float', kids: [{ kind: 'var', type: 'float', name: 'x' }, k(c)] };
  return { lets: [], outs: [{ kind: 'call', prim: 'add_float', type: 'float', kids: [times, k(d)] }] };
}

const constantsOf = (p: Individual): number[] => {
  const out = p.outs[0] as GpNode & { kind: 'call' };
  const times = out.kids[0] as GpNode & { kind: 'call' };
  return [(times.kids[1] as { value: number }).value, (out.kids[1] as { value: number }).value];
};

/** Higher is better: minus the squared distance of the constants from (7.3, -2). */
const score = (p: Individual): number => {
  const [c, d] = constantsOf(p);
  return -((c - 7.3) ** 2) - (d + 2) ** 2;
};

describe('tuneConstants', () => {
  it('moves the constants of a program towards the best score, keeping its structure', async () => {
    const start = line(1, 0);
    const tuned = await tuneConstants(start, score(start), async (programs) => programs.map(score), new Rng(3));
    const [c, d] = constantsOf(tuned.individual);
    expect(tuned.score).toBeGreaterThan(-0.01);
    expect(Math.abs(c - 7.3)).toBeLessThan(0.1);
    expect(Math.abs(d + 2)).toBeLessThan(0.1);
    expect(constantsOf(start)).toEqual([1, 0]);
  });

  it('returns a program without numeric constants as it is, spending nothing', async () => {
    const plain: Individual = { lets: [], outs: [{ kind: 'var', type: 'float', name: 'x' }] };
    const tuned = await tuneConstants(plain, 0, async () => expect.unreachable('no batch should run'), new Rng(1));
    expect(tuned).toEqual({ individual: plain, score: 0, rounds: 0 });
  });
});
