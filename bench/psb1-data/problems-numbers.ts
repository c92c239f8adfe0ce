import type { Psb1Problem } from './psb1-problem.js';
import { rangePool } from './domains.js';
import type { Rng } from './rng.js';

const lines = (values: unknown[]): string => values.join('\n');

/** Numbers where `same` of the `n` values repeat one value (smallest, median draw such cases on purpose). */
function withRepeats(rng: Rng, n: number, same: number, lo: number, hi: number): number[] {
  const shared = rng.int(lo, hi);
  return rng.shuffle([...Array<number>(same).fill(shared), ...rng.many(n - same, () => rng.int(lo, hi))]);
}

/** PSB1 problems over plain numbers, each with a reference implementation written from its spec. */
export const NUMBER_PROBLEMS: Psb1Problem[] = [
  {
    name: 'number-io',
    random: (rng) => [rng.int(-100, 100), rng.float(-100, 100)],
    solve: ([a, b]) => [(a as number) + (b as number)],
    types: { inputs: ['int', 'float'], outputs: ['float'] },
  },
  {
    name: 'small-or-large',
    random: (rng) => [rng.int(-10_000, 10_000)],
    solve: ([n]) => [(n as number) < 1000 ? 'small' : (n as number) >= 2000 ? 'large' : ''],
    pool: () => rangePool(-10_000, 10_000),
  },
  {
    name: 'smallest',
    random: (rng) => {
      const r = rng.next();
      if (r < 0.1) return withRepeats(rng, 4, 3, -100, 100);
      if (r < 0.2) return withRepeats(rng, 4, 4, -100, 100);
      if (r < 0.4) return rng.many(4, () => rng.int(0, 100));
      return rng.many(4, () => rng.int(-100, 100));
    },
    solve: (xs) => [Math.min(...(xs as number[]))],
  },
  {
    name: 'median',
    random: (rng) => {
      const r = rng.next();
      return withRepeats(rng, 3, r < 0.6 ? 0 : r < 0.9 ? 2 : 3, -100, 100);
    },
    solve: (xs) => [[...(xs as number[])].sort((a, b) => a - b)[1]],
  },
  {
    name: 'sum-of-squares',
    random: (rng) => [rng.int(1, 100)],
    solve: ([n]) => [Array.from({ length: n as number }, (_, i) => (i + 1) ** 2).reduce((a, b) => a + b, 0)],
    pool: () => rangePool(1, 100),
  },
  {
    name: 'even-squares',
    random: (rng) => [rng.int(1, 9999)],
    solve: ([n]) => {
      const out: number[] = [];
      for (let i = 2; i * i < (n as number); i += 2) out.push(i * i);
      return [lines(out)];
    },
    pool: () => rangePool(1, 9999),
  },
  {
    name: 'digits',
    random: (rng) => {
      const size = rng.int(1, 10);
      const magnitude = size === 1 ? rng.int(0, 9) : rng.int(10 ** (size - 1), 10 ** size - 1);
      return [rng.chance(0.5) ? -magnitude : magnitude];
    },
    solve: ([n]) => {
      const digits = String(Math.abs(n as number)).split('').reverse();
      if ((n as number) < 0) digits[digits.length - 1] = `-${digits[digits.length - 1]}`;
      return [lines(digits)];
    },
  },
  {
    name: 'for-loop-index',
    random: (rng) => {
      const start = rng.int(-500, 499);
      return [start, rng.int(start + 1, 500), rng.int(1, 10)];
    },
    solve: ([start, end, step]) => {
      const out: number[] = [];
      for (let i = start as number; i < (end as number); i += step as number) out.push(i);
      return [lines(out)];
    },
  },
  {
    name: 'grade',
    random: (rng) => {
      const thresholds = rng.shuffle(rangePool(0, 100).map(([v]) => v as number)).slice(0, 4).sort((a, b) => b - a);
      return [...thresholds, rng.int(0, 100)];
    },
    solve: (xs) => {
      const [a, b, c, d, score] = xs as number[];
      const letter = score >= a ? 'A' : score >= b ? 'B' : score >= c ? 'C' : score >= d ? 'D' : 'F';
      return [`Student has a ${letter} grade.`];
    },
  },
];
