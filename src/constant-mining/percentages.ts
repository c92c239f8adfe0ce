import { writtenNumbers, type WrittenNumber } from './number-words.js';

/**
 * What a percentage in a goal gives a program: the rate ("8% tax" multiplies by 0.08), and where the goal changes an
 * amount by it ("10% off", "a 5% raise"), the factor that keeps or grows the amount (0.9, 1.05). A goal about
 * percentages with none named ("apply the given discount percent") scales by a hundred somewhere.
 */

/** `%` or "percent" after a number; not `%` before a number, a bracket or a one-letter name ("10 % 3", "x % n" take a remainder). */
const PERCENT_AFTER = /^\s*(%(?!\s*(\d|\(|[a-z]\b))|per\s?cent\b)/i;
const ABOUT_PERCENTAGES = /\d\s*%(?!\s*(\d|\(|[a-z]\b))|\bper\s?cent(age)?s?\b/i;

/** Words that change an amount by a rate; near one, the rate's 1 + r and 1 - r are wanted too. */
const CHANGE_WORDS =
  /\b(off|discount(ed|s)?|tax(es|ed)?|vat|tip|gratuity|service charge|surcharge|fee|interest|commission|markup|mark[\s-]up|increase[sd]?|decrease[sd]?|raise[sd]?|rise|grow(s|th)?|reduc(e[sd]?|tion)|cut|drop|fall|inflation|more|less|up|down|sale|rebate|deduct(ed|ion)?|bonus)\b/i;

/** How far either side of a percentage a change word may stand to count (about one clause). */
const NEAR = 40;

/** A decimal without the float noise of a division ("14.3%" is 0.143, not 0.14300000000000002). */
const clean = (n: number): number => Number(n.toFixed(12));

/**
 * The rates, change factors and scales the goal's percentages give (the numbers themselves are read elsewhere).
 * `goal`: the text whose numbers count (its worked examples taken out); `whole`: all of it, which may speak of
 * percentages only in an example; `written`: the numbers written in `goal`, where the caller has them already.
 */
export function percentageConstants(goal: string, whole = goal, written: WrittenNumber[] = writtenNumbers(goal)): { ints: number[]; floats: number[] } {
  const floats = new Set<number>();
  const ints = new Set<number>();
  for (const { value, start, end } of written) {
    if (!PERCENT_AFTER.test(goal.slice(end))) continue;
    const rate = clean(value / 100);
    floats.add(rate);
    const around = goal.slice(Math.max(0, start - NEAR), end + NEAR);
    if (!CHANGE_WORDS.test(around)) continue;
    floats.add(clean(1 + rate));
    if (rate > 0 && rate < 1) floats.add(clean(1 - rate));
  }
  if (ABOUT_PERCENTAGES.test(whole)) {
    ints.add(100);
    floats.add(100).add(0.01);
  }
  return { ints: [...ints], floats: [...floats] };
}
