import { describe, expect, it } from 'vitest';
import { enumerationSeeds, seedCandidates } from './enumeration-seeds.js';
import type { GpProblem } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { tidyConstant } from './linear-seed.js';
import { printNode } from '../programs/print-program.js';

function seedOf(problem: GpProblem): string[] {
  const ctx = new GpContext(problem);
  const { seeds } = enumerationSeeds(ctx, problem.train, 5, seedCandidates(1_000_000, problem.train.length));
  return seeds.map((s) => printNode(ctx, s.outs[0], true, new Set()));
}

describe('linear scaling of enumerated expressions', () => {
  it('finds a line with constants no pool holds, tidied, exact on every case', () => {
    const train = Array.from({ length: 30 }, (_, i) => {
      const c = Math.round((i * 37.3) % 200) / 10 - 5;
      return { inputs: [c], outputs: [c * 1.8 + 32] };
    });
    const seeds = seedOf({ params: [{ name: 'c', type: 'float' }], returns: ['float'], train, test: [] });
    expect(seeds[0]).toBe('((c * 1.8) + 32)');
  });

  it('fits a line through a larger expression, with integer constants for an integer output', () => {
    // Seconds in h hours and the length of a word list: 3600 · (number of words) − 7.
    const texts = ['a b', 'one', 'x y z', '', 'we are here now', 'hi there'];
    const train = Array.from({ length: 24 }, (_, i) => {
      const s = texts.slice(0, (i % texts.length) + 1).join(' ');
      return { inputs: [s], outputs: [3600 * s.split(' ').filter((w) => w !== '').length - 7] };
    });
    const [seed] = seedOf({ params: [{ name: 's', type: 'string' }], returns: ['int'], train, test: [] });
    expect(seed).toMatch(/^\(\(.*\.split\(' '\)\.filter\(\(w\) => w !== ''\)\.length \* 3600\) - 7\)$/);
  });

  it('tidies float noise away and keeps a constant that needs its decimals', () => {
    expect(tidyConstant(1.7999999999999998)).toBe(1.8);
    // A repeating decimal keeps ten places: within float noise of the fitted value, never a coarser constant.
    expect(Math.abs(tidyConstant(-17.77777777777778) + 17.77777777777778)).toBeLessThan(2e-8);
    expect(tidyConstant(32.00000000000001)).toBe(32);
    // A small coefficient is no noise: relative to itself, or to the size of its term in the output.
    expect(tidyConstant(1e-9)).toBe(1e-9);
    expect(tidyConstant(2.5e-9, 2.5e-9)).toBe(2.5e-9);
    expect(tidyConstant(3e-15, 100)).toBe(0);
  });
});
