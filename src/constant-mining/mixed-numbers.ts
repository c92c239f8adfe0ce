/**
 * Fractions spelled out in a goal: "half" (0.5), "a quarter" (0.25, and 4 to divide by), "three quarters" (0.75), and
 * mixed numbers ("one and a half times the rate", "2 and a quarter hours", "time and a half": 1.5, 2.25, 1.5).
 */
import { CARDINALS } from './number-words.js';

/** Whole numbers as far as a mixed number in a goal goes; "time and a half" (overtime) is one time and a half. */
const WHOLE_WORDS: Record<string, number> = { ...CARDINALS, time: 1, times: 1 };

const PARTS: Record<string, number> = { half: 0.5, quarter: 0.25 };

export function fractionConstants(goal: string): number[] {
  const text = goal.toLowerCase();
  const floats = new Set<number>();
  if (/\bhalf\b/.test(text)) floats.add(0.5);
  if (/\bquarters?\b/.test(text)) floats.add(0.25).add(4);
  if (/\bthree[\s-]quarters\b/.test(text)) floats.add(0.75);
  for (const m of text.matchAll(/\b([a-z]+|\d+)[\s-]+and[\s-]+a[\s-]+(half|quarter)\b/g)) {
    const whole = /^\d+$/.test(m[1]) ? Number(m[1]) : WHOLE_WORDS[m[1]];
    if (whole !== undefined && whole <= 1000) floats.add(whole + PARTS[m[2]]);
  }
  return [...floats];
}
