import { describe, expect, it } from 'vitest';
import { enumerationSeeds } from './enumeration-seeds.js';
import { GpContext } from './gp-context.js';
import { runModule } from '../../../tests/support/run-module.js';
import { emitModule } from './emit-module.js';
import { Rng } from '../../util/rng.js';

describe('a printed result in the seed stage', () => {
  it('seeds a count printed in a sentence from the count, and the program generalises', () => {
    const rng = new Rng(3);
    const text = (n: number): string => Array.from({ length: n }, () => 'abcdeiouxyz !'[rng.int(13)]).join('');
    const say = (s: string): string => `There are ${[...s].filter((c) => 'aeiou'.includes(c)).length} vowels here.`;
    const train = Array.from({ length: 40 }, (_, i) => text(i % 12)).map((s) => ({ inputs: [s], outputs: [say(s)] }));
    const problem = { name: 'vowels', goal: 'Say how many vowels (a, e, i, o, u) the text has.', params: [{ name: 's', type: 'string' as const }], returns: ['string' as const], train, test: [] };
    const ctx = new GpContext(problem);
    const { seeds } = enumerationSeeds(ctx, train, 50, 150_000);
    expect(seeds).toHaveLength(1);
    const fn = runModule(emitModule(seeds[0], problem));
    const longer = Array.from({ length: 5 }, () => text(60));
    expect(longer.map((s) => fn(s))).toEqual(longer.map(say));
  });
});
