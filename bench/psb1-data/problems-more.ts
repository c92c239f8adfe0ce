import { rangePool, VISIBLE } from './domains.js';
import type { Psb1Problem } from './psb1-problem.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const SCRABBLE: Record<string, number> = Object.fromEntries(
  (['aeioulnstr', 'dg', 'bcmp', 'fhvwy', 'k', '', '', 'jx', '', 'qz'] as const).flatMap((letters, i) => [...letters].map((c) => [c, i + 1])),
);

/** Lowercase words separated by single spaces, at most `max` characters. */
function words(random: () => number, pickWordLength: () => number, max: number, letter: () => string): string {
  const target = Math.floor(random() * (max + 1));
  const out: string[] = [];
  while (out.join(' ').length < target) out.push(Array.from({ length: pickWordLength() }, letter).join(''));
  return out.join(' ').slice(0, target).trim();
}

/** More PSB1 problems (vectors-summed, scrabble-score, collatz-numbers, wallis-pi, checksum, pig-latin, syllables, string-differences). */
export const MORE_PROBLEMS: Psb1Problem[] = [
  {
    name: 'vectors-summed',
    random: (rng) => {
      const n = rng.chance(0.1) ? 50 : rng.int(0, 50);
      return [rng.many(n, () => rng.int(-1000, 1000)), rng.many(n, () => rng.int(-1000, 1000))];
    },
    solve: ([a, b]) => [(a as number[]).map((v, i) => v + (b as number[])[i])],
  },
  {
    name: 'scrabble-score',
    random: (rng) => [rng.chars(rng.int(2, 20), `${LOWER}${LOWER.toUpperCase()}${VISIBLE}  \n`)],
    solve: ([s]) => [[...(s as string).toLowerCase()].reduce((sum, c) => sum + (SCRABBLE[c] ?? 0), 0)],
  },
  {
    name: 'collatz-numbers',
    random: (rng) => [rng.int(1, 10_000)],
    solve: ([n]) => {
      let terms = 1;
      for (let x = n as number; x !== 1; x = x % 2 === 0 ? x / 2 : 3 * x + 1) terms++;
      return [terms];
    },
    pool: () => rangePool(1, 10_000),
  },
  {
    name: 'wallis-pi',
    random: (rng) => [rng.int(1, 200)],
    solve: ([n]) => {
      let product = 1;
      for (let k = 1; k <= (n as number); k++) product *= (2 * Math.floor(k / 2) + 2) / (2 * Math.ceil(k / 2) + 1);
      return [Math.round(product * 1e5) / 1e5];
    },
    pool: () => rangePool(1, 200),
    types: { inputs: ['int'], outputs: ['float'] },
  },
  {
    name: 'checksum',
    random: (rng) => {
      const r = rng.next();
      return [rng.chars(r < 0.25 ? 2 : r < 0.5 ? 3 : rng.int(2, 50), `${VISIBLE} \n\t`)];
    },
    solve: ([s]) => [`Check sum is ${String.fromCharCode(([...(s as string)].reduce((sum, c) => sum + c.charCodeAt(0), 0) % 64) + 32)}`],
  },
  {
    name: 'pig-latin',
    random: (rng) => [words(() => rng.next(), () => rng.int(1, 8), 50, () => rng.pick([...LOWER]))],
    solve: ([s]) => [
      (s as string)
        .split(' ')
        .map((w) => (w === '' ? w : 'aeiou'.includes(w[0]) ? `${w}ay` : `${w.slice(1)}${w[0]}ay`))
        .join(' '),
    ],
  },
  {
    name: 'syllables',
    random: (rng) => [rng.chars(rng.int(0, 20), `${LOWER}${LOWER}aeiouyaeiouy0123456789  !?.,;>`)],
    solve: ([s]) => [`The number of syllables is ${[...(s as string)].filter((c) => 'aeiouy'.includes(c)).length}`],
  },
  {
    name: 'string-differences',
    random: (rng) => {
      const a = rng.chars(rng.int(1, 10), VISIBLE);
      const b = rng.chance(0.5) ? [...a].map((c) => (rng.chance(0.3) ? rng.pick([...VISIBLE]) : c)).join('') : rng.chars(rng.int(1, 10), VISIBLE);
      return [a, b];
    },
    solve: ([a, b]) => {
      const x = a as string;
      const y = b as string;
      const out: string[] = [];
      for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) out.push(`${i} ${x[i]} ${y[i]}`);
      return [out.join('\n')];
    },
  },
];
