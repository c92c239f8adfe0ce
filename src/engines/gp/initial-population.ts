import type { GpContext } from './gp-context.js';
import { parseWithContext } from './parse-program.js';
import type { Individual } from './program-tree.js';
import { randomIndividual } from './random-tree.js';
import type { Rng } from './rng.js';
import { normalize } from './tree-ops.js';

/** A population of `size`: given seed programs, then enumerated seeds, then carried-over programs, then fresh random programs. */
export function initialPopulation(ctx: GpContext, rng: Rng, size: number, seeds: string[], carried: Individual[], enumerated: Individual[]): Individual[] {
  const parsed = [...seeds.map((code) => parseWithContext(ctx, code)).filter((p): p is Individual => p !== undefined), ...enumerated];
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
