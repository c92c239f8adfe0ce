import { characterNames } from './character-names.js';
import { fractionConstants } from './mixed-numbers.js';
import { NUMBER_WORDS, writtenNumbers } from './number-words.js';
import { percentageConstants } from './percentages.js';
import { knownConstants, unitFactors } from './unit-factors.js';

/** Literals a directive's goal text names: quoted strings, listed characters and numbers. */
export interface GoalConstants {
  strings: string[];
  ints: number[];
  floats: number[];
}

/** Quoted text in any of the usual quote styles; an apostrophe inside a word ("don't") does not open a quote. */
const QUOTED = /"([^"\n]{1,40})"|“([^”\n]{1,40})”|‘([^’\n]{1,40})’|`([^`\n]{1,40})`|(?<![\w])'([^'\n]{1,40})'(?![\w])/g;

/** A list of single characters: "a, e, i, o, u", "a, b or c", "'x', 'y'" (two or more, commas or and/or between). */
const CHAR_LIST = /(?<![\w'"])(['"]?[^\s,'"]['"]?)((?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)['"]?[^\s,'"]['"]?(?![\w'"])){1,})/g;
const CHAR_ITEM = /['"]?([^\s,'"])['"]?(?![\w'"])/g;

/**
 * A single letter between spaces or punctuation, not quoted (quoted ones are found above); "a", "A" and "I" only before
 * punctuation or the end ("z wraps to a)"), where they are no article or pronoun. Letters of other scripts count as
 * letters around it ("déjà" holds no lone "d").
 */
const LONE_LETTER = /(?<![\p{L}\p{N}_'"’`-])([b-zB-HJ-Z]|[aAI](?=\s*[^\p{L}\p{N}\s'"’`-]|\s*$))(?![\p{L}\p{N}_'"’`(-])/gu;

/** Whether the lone letter at `at` is a list marker "(a)", an abbreviation's ("e.g.", "U.S.") or a function's ("f(x)" is excluded above). */
function notACharacter(goal: string, at: number): boolean {
  const letter = (i: number): boolean => /\p{L}/u.test(goal[i] ?? '');
  return (goal[at - 1] === '(' && goal[at + 1] === ')') || (goal[at + 1] === '.' && letter(at + 2)) || (goal[at - 1] === '.' && letter(at - 2));
}

/** Character-class words whose characters a program is likely to need. */
const CLASS_WORDS: [RegExp, string][] = [
  [/\bvowels?\b/i, 'aeiou'],
  [/\bdigits?\b/i, '0123456789'],
  [/\bpunctuation\b/i, '.,;:!?'],
  [/\balphabet\b/i, 'abcdefghijklmnopqrstuvwxyz'],
];

/**
 * A range of characters of one kind written without spaces, "0-9", "a-f", "A-Z" (not inside a word or a longer number:
 * "COVID-19", "10-20"; not "a - b", a subtraction), spanning three characters or more ("x-y" is a plane, not a set).
 */
const CHAR_RANGE = /(?<![\w-])([0-9a-zA-Z])[-–]([0-9a-zA-Z])(?![\w-])/g;
/** The same range of letters in words, "a to z", "'A' through 'F'" (numbers so are counts: "from 1 to 10"). */
const LETTER_RANGE = /(?<![\w'"‘])['"‘]?([a-zA-Z])['"’]?\s+(?:to|through|thru)\s+['"‘]?([a-zA-Z])(?:['"’](?!\w)|(?![\w'"’]))/g;

/** The characters of each range the goal names, together ("0-9, a-f": the hexadecimal digits), or none; `names`: parameters' ("from a to k"). */
function charRanges(goal: string, names: string[]): string | undefined {
  let set = '';
  const spelt = [...goal.matchAll(LETTER_RANGE)].filter((m) => !names.includes(m[1]) && !names.includes(m[2]));
  for (const m of [...goal.matchAll(CHAR_RANGE), ...spelt]) {
    const [from, to] = [m[1].charCodeAt(0), m[2].charCodeAt(0)];
    const kind = (c: string): number => (/\d/.test(c) ? 0 : /[a-z]/.test(c) ? 1 : 2);
    if (kind(m[1]) !== kind(m[2]) || to - from < 2) continue;
    for (let c = from; c <= to; c++) if (!set.includes(String.fromCharCode(c))) set += String.fromCharCode(c);
  }
  return set.length > 1 ? set : undefined;
}

function charLists(goal: string): string[] {
  const found: string[] = [];
  for (const m of goal.matchAll(CHAR_LIST)) {
    const text = m[0].replace(/\s+(and|or)\s+/g, ', ');
    const chars = [...text.matchAll(CHAR_ITEM)].map((x) => x[1]);
    if (chars.length >= 2 && chars.every((c) => c.length === 1)) found.push(chars.join(''));
  }
  return found;
}

/**
 * A worked example in the goal ("For example, from 50 to 60 is 20", "e.g. 5 becomes 5.00", "Example: f(3) is 9"), up
 * to the end of its sentence, line or bracket (brackets it opens itself included): its numbers are values of a case,
 * not constants a program needs.
 */
const WORKED_EXAMPLE = /\b(?:for (?:example|instance)|e\.g\.|examples?\s*:)(?:[^.;()\n]|\.(?=\S)|\([^()\n]*\))*/gi;
/** "Examples:" ending its line: the lines under it, up to a blank line. */
const EXAMPLE_BLOCK = /\bexamples?\s*:[ \t]*\n(?:[ \t]*\S[^\n]*(?:\n|$))*/gi;

function numbers(full: string): { ints: number[]; floats: number[] } {
  const ints = new Set<number>();
  const floats = new Set<number>();
  const goal = full.replace(EXAMPLE_BLOCK, ' ').replace(WORKED_EXAMPLE, ' ');
  const written = writtenNumbers(goal);
  for (const { value: n } of written) {
    floats.add(n);
    if (Number.isInteger(n)) ints.add(n);
  }
  for (const word of goal.toLowerCase().match(/[a-z]+/g) ?? []) {
    const n = NUMBER_WORDS[word];
    if (n !== undefined) {
      ints.add(n);
      floats.add(n);
    }
  }
  for (const n of fractionConstants(goal)) floats.add(n);
  // Units of one measure named together convert by a factor the goal need not write ("seconds as minutes": 60).
  for (const n of unitFactors(full)) {
    floats.add(n);
    if (Number.isInteger(n)) ints.add(n);
  }
  for (const n of knownConstants(full)) floats.add(n);
  // Percentages give their rates, the factors that change an amount by them, and a scale of a hundred.
  const percent = percentageConstants(goal, full, written);
  for (const n of percent.ints) ints.add(n);
  for (const n of percent.floats) floats.add(n);
  return { ints: [...ints], floats: [...floats] };
}

/**
 * Mines literals from a goal written in plain English, so a directive like "count the vowels (a, e, i, o, u)"
 * gets "aeiou", its upper-case form and each character without a human listing them as constants. `names`: the
 * parameters' names, which a goal mentions as variables ("the digits of n"), not as characters.
 */
export function goalConstants(goal: string | undefined, names: string[] = []): GoalConstants {
  if (!goal) return { strings: [], ints: [], floats: [] };
  const strings = new Set<string>();
  for (const m of goal.matchAll(QUOTED)) {
    const text = m.slice(1).find((g) => g !== undefined) ?? '';
    strings.add(text);
    for (const list of charLists(text)) strings.add(list);
  }
  // Quoted single characters stay in place: they are items of a list ("'x', 'y' or 'z'").
  // Characters named by ranges are one set, not a list of the ranges' ends ("0-9, a-f" lists no "9, a").
  const ranged = charRanges(goal, names);
  // A range stands as a word, which ends a list beside it ("x, y or 0-9" lists x and y).
  const lists = charLists(goal.replace(QUOTED, (m: string) => (m.length === 3 ? m : ' ')).replace(CHAR_RANGE, ' range '));
  // A class word names a set, which a program tests membership of as a whole ("aeiou".includes(c)); its members one by
  // one are rarely what it needs, and ten digit leaves would crowd the enumeration's preferred literals.
  const classes = CLASS_WORDS.filter(([pattern, chars]) => pattern.test(goal) && !lists.some((l) => l.includes(chars[0]))).map(([, chars]) => chars);
  for (const list of [...lists, ...classes, ...(ranged ? [ranged] : [])]) {
    strings.add(list);
    const upper = list.toUpperCase();
    if (upper !== list) {
      strings.add(upper);
      strings.add(list + upper);
    }
    if (lists.includes(list)) for (const ch of list) strings.add(ch);
  }
  // Punctuation named in words ("a question mark"), and the set of what it names together.
  for (const named of characterNames(goal)) strings.add(named);
  // A letter standing alone names a character ("z wraps to a").
  for (const m of goal.matchAll(LONE_LETTER)) if (!names.includes(m[1]) && !notACharacter(goal, m.index)) strings.add(m[1]);
  return { strings: [...strings], ...numbers(goal) };
}
