import { VISIBLE } from './domains.js';
import type { Psb1Problem } from './psb1-problem.js';
import type { Rng } from './rng.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/** Words of visible characters separated by runs of spaces and newlines, at most `max` characters long. */
function wordsText(rng: Rng, max: number): string {
  let text = rng.chance(0.2) ? rng.pick([' ', '\n']) : '';
  const target = rng.int(0, max);
  while (text.length < target) {
    text += rng.chars(rng.int(1, 8), VISIBLE);
    text += rng.chance(0.8) ? ' ' : rng.pick(['\n', '  ', ' \n']);
  }
  return text.slice(0, target);
}

/** A second string close to an anagram of the first: shuffled, maybe with letters added, dropped or changed. */
function nearAnagram(rng: Rng, s: string): string {
  const letters = rng.shuffle([...s]);
  const edits = rng.pick([0, 0, 1, 1, 2, 3]);
  for (let k = 0; k < edits; k++) {
    const r = rng.next();
    if (r < 0.4) letters.push(rng.pick([...LOWER]));
    else if (r < 0.7 && letters.length > 0) letters.splice(rng.int(0, letters.length - 1), 1);
    else if (letters.length > 0) letters[rng.int(0, letters.length - 1)] = rng.pick([...LOWER]);
  }
  return rng.shuffle(letters).join('').slice(0, 20);
}

function counts(s: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const c of s) map.set(c, (map.get(c) ?? 0) + 1);
  return map;
}

/** PSB1 problems over strings, each with a reference implementation written from its spec. */
export const STRING_PROBLEMS: Psb1Problem[] = [
  {
    name: 'compare-string-lengths',
    random: (rng) => {
      const r = rng.next();
      const s = () => rng.chars(rng.int(0, 49), `${VISIBLE} `);
      if (r < 0.1) return Array<string>(3).fill(s());
      const three = [s(), s(), s()];
      return r < 0.3 ? three.sort((a, b) => a.length - b.length) : three;
    },
    solve: (xs) => {
      const [a, b, c] = xs as string[];
      return [a.length < b.length && b.length < c.length];
    },
  },
  {
    name: 'double-letters',
    random: (rng) => [rng.chars(rng.int(0, 20), `${VISIBLE}!!!!!!  \n\t`)],
    solve: ([s]) => [[...(s as string)].map((c) => (/[A-Za-z]/.test(c) ? c + c : c === '!' ? '!!!' : c)).join('')],
  },
  {
    name: 'replace-space-with-newline',
    random: (rng) => [rng.chars(rng.int(0, 20), `${VISIBLE}          \n`)],
    solve: ([s]) => [(s as string).replaceAll(' ', '\n'), [...(s as string)].filter((c) => !/\s/.test(c)).length],
  },
  {
    name: 'super-anagrams',
    random: (rng) => {
      const s = rng.chars(rng.int(0, 20), LOWER);
      return rng.chance(0.5) ? [s, nearAnagram(rng, s)] : [nearAnagram(rng, s), s];
    },
    solve: ([x, y]) => {
      const have = counts(y as string);
      return [[...counts(x as string)].every(([c, n]) => (have.get(c) ?? 0) >= n)];
    },
  },
  {
    name: 'x-word-lines',
    random: (rng) => [wordsText(rng, 100), rng.int(1, 10)],
    solve: ([text, x]) => {
      const words = (text as string).split(/\s+/).filter((w) => w !== '');
      const rows: string[] = [];
      for (let i = 0; i < words.length; i += x as number) rows.push(words.slice(i, i + (x as number)).join(' '));
      return [rows.join('\n')];
    },
  },
];
