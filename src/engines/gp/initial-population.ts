import type { GpContext } from '../../programs/gp-context.js';
import { parseWithContext } from '../../programs/parse-program.js';
import type { Individual } from '../../programs/program-tree.js';
import { randomIndividual } from '../../programs/random-tree.js';
import type { Rng } from '../../util/rng.js';
import { normalize } from '../../programs/tree-ops.js';

/** The seed programs the engine can read, as program trees (code it cannot read is simply not a seed). */
export function parseSeeds(ctx: GpContext, seeds: string[]): Individual[] {
  return seeds.map((code) => parseWithContext(ctx, code)).filter((p): p is Individual => p !== undefined);
}

/** A population of `size`: given seed programs (parsed), then enumerated seeds, then carried-over programs, then fresh random programs. */
export function initialPopulation(ctx: GpContext, rng: Rng, size: number, seeds: Individual[], carried: Individual[], enumerated: Individual[]): Individual[] {
  const parsed = [...seeds, ...enumerated];
  const pop = [...parsed, ...carried.slice(0, Math.max(0, size - parsed.length))];
  const seen = new Set(pop.map((p) => JSON.stringify(p)));
  for (let tries = 0; pop.length < size && tries < size * 20; tries++) {
    const p = normalize(randomIndividual(ctx, rng, rng.range(2, 5)));
    const key = JSON.stringify(p);
    if (seen.has(key) && tries < size * 10) continue;
    seen.add(key);
    pop.push(p);
  }
  return pop.slice(0, size);
}
