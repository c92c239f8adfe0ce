import { VISIBLE } from './domains.js';
import type { Psb1Problem } from './psb1-problem.js';
import type { Rng } from './rng.js';

const ints = (rng: Rng, n: number, lo = -1000, hi = 1000): number[] => rng.many(n, () => rng.int(lo, hi));

/** A vector of random length in [0, 50] whose values satisfy `keep` (all odd, all negative...), drawn by rejection. */
function vectorWhere(rng: Rng, keep: (v: number) => boolean): number[] {
  return rng.many(rng.int(0, 50), () => {
    let v = rng.int(-1000, 1000);
    while (!keep(v)) v = rng.int(-1000, 1000);
    return v;
  });
}

/** A vector-average length: PSB1 over-samples lengths 1, 2, 3-5 and 50. */
function averageLength(rng: Rng): number {
  const r = rng.next();
  if (r < 0.16) return 1;
  if (r < 0.32) return 2;
  if (r < 0.48) return rng.int(3, 5);
  if (r < 0.51) return 50;
  return rng.int(1, 50);
}

/** PSB1 problems over vectors, each with a reference implementation written from its spec. */
export const VECTOR_PROBLEMS: Psb1Problem[] = [
  {
    name: 'last-index-of-zero',
    random: (rng) => {
      const xs = ints(rng, rng.int(1, 50), -50, 50);
      const zeros = rng.int(1, Math.max(1, Math.floor(xs.length / 4)));
      for (let i = 0; i < zeros; i++) xs[rng.int(0, xs.length - 1)] = 0;
      return [xs];
    },
    solve: ([xs]) => [(xs as number[]).lastIndexOf(0)],
  },
  {
    name: 'vector-average',
    random: (rng) => [rng.many(averageLength(rng), () => rng.float(-1000, 1000))],
    solve: ([xs]) => [(xs as number[]).reduce((a, b) => a + b, 0) / (xs as number[]).length],
    types: { inputs: ['float[]'], outputs: ['float'] },
  },
  {
    name: 'negative-to-zero',
    random: (rng) => {
      const r = rng.next();
      return [r < 0.15 ? vectorWhere(rng, (v) => v < 0) : r < 0.3 ? vectorWhere(rng, (v) => v > 0) : vectorWhere(rng, () => true)];
    },
    solve: ([xs]) => [(xs as number[]).map((v) => (v < 0 ? 0 : v))],
  },
  {
    name: 'count-odds',
    random: (rng) => {
      const r = rng.next();
      return [r < 0.1 ? vectorWhere(rng, (v) => v % 2 !== 0) : r < 0.2 ? vectorWhere(rng, (v) => v % 2 === 0) : vectorWhere(rng, () => true)];
    },
    solve: ([xs]) => [(xs as number[]).filter((v) => v % 2 !== 0).length],
  },
  {
    name: 'mirror-image',
    random: (rng) => {
      const a = ints(rng, rng.int(0, 50));
      const r = rng.next();
      if (r < 0.5) return [a, [...a].reverse()];
      if (r < 0.6) return [a, [...a]];
      if (r < 0.8) {
        const b = [...a].reverse();
        for (let k = rng.int(1, 3); k > 0 && b.length > 0; k--) b[rng.int(0, b.length - 1)] = rng.int(-1000, 1000);
        return [a, b];
      }
      return [a, ints(rng, rng.chance(0.5) ? a.length : rng.int(0, 50))];
    },
    solve: ([a, b]) => {
      const xs = a as number[];
      const ys = b as number[];
      return [xs.length === ys.length && xs.every((v, i) => v === ys[ys.length - 1 - i])];
    },
  },
  {
    name: 'string-lengths-backwards',
    random: (rng) => [rng.many(rng.int(0, 50), () => rng.chars(rng.int(0, 50), `${VISIBLE}  \n\t`))],
    solve: ([xs]) => [(xs as string[]).map((s) => s.length).reverse().join('\n')],
  },
];
