import { describe, expect, it } from 'vitest';
import { PROMPT_VARIANTS } from './prompt-variants.js';
import { createRandom } from '../../util/random.js';
import { VariantSelector } from './variant-selector.js';

const names = (selector: VariantSelector, seed: number) => selector.rank(PROMPT_VARIANTS, createRandom(seed).next).map((v) => v.name);

describe('VariantSelector', () => {
  it('ranks every eligible variant once, deterministically for a seed', () => {
    const selector = new VariantSelector();
    const ranking = names(selector, 3);
    expect([...ranking].sort()).toEqual(PROMPT_VARIANTS.map((v) => v.name).sort());
    expect(names(selector, 3)).toEqual(ranking);
  });

  it('puts a variant with a good record first far more often than one with a bad record', () => {
    const selector = new VariantSelector();
    for (let i = 0; i < 20; i++) {
      selector.record('rewrite-clean', i % 4 !== 0);
      selector.record('minimal-fix', i % 10 === 0);
    }
    const firsts = Array.from({ length: 200 }, (_, seed) => names(selector, seed)[0]);
    const share = (name: string) => firsts.filter((n) => n === name).length / firsts.length;
    // Beta(16, 6) against three untried Beta(1, 1) variants: first about E[X^3] = 0.42 of the time, each other about 0.19.
    expect(share('rewrite-clean')).toBeGreaterThan(0.3);
    for (const other of ['explain-then-fix', 'use-inspirations', 'from-goal']) expect(share('rewrite-clean')).toBeGreaterThan(1.5 * share(other));
    expect(share('minimal-fix')).toBeLessThan(0.05);
    const lasts = Array.from({ length: 200 }, (_, seed) => names(selector, seed).at(-1));
    expect(lasts.filter((n) => n === 'minimal-fix').length).toBeGreaterThan(100);
  });

  it('snapshots and restores its record, sanitising impossible counts', () => {
    const selector = new VariantSelector({ 'from-goal': { trials: 4, successes: 9 }, 'minimal-fix': { trials: -2, successes: 1 } });
    expect(selector.snapshot()).toEqual({ 'from-goal': { trials: 4, successes: 4 }, 'minimal-fix': { trials: 0, successes: 0 } });
    selector.record('from-goal', false);
    const copy = selector.snapshot();
    selector.record('from-goal', true);
    expect(copy['from-goal']).toEqual({ trials: 5, successes: 4 });
    expect(new VariantSelector(selector.snapshot()).snapshot()).toEqual({ 'from-goal': { trials: 6, successes: 5 }, 'minimal-fix': { trials: 0, successes: 0 } });
  });
});
