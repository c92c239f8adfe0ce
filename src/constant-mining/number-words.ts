/** How a goal writes numbers: in digits ("8", "-2.5") and in words ("twelve", "twice", "hexadecimal"). */

/** Cardinal numbers written as words. */
export const CARDINALS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000, million: 1_000_000,
};

/** Every word that names a number a program may need: cardinals, multiples, fractions' divisors and number bases. */
export const NUMBER_WORDS: Record<string, number> = {
  ...CARDINALS,
  twice: 2, double: 2, triple: 3, half: 2, third: 3, fourth: 4, fifth: 5, tenth: 10,
  // Number bases named by their words: the radix a conversion takes ("decimal" is left out: "two decimal places").
  binary: 2, octal: 8, hexadecimal: 16, hex: 16,
};

/** A number written in digits, where it is no part of a word or name ("x2", "2nd" and "h264" hold none). */
export interface WrittenNumber {
  value: number;
  /** Where it starts and ends in the text. */
  start: number;
  end: number;
}

/** The numbers written in digits in `text`, finite and at most a billion in size. */
export function writtenNumbers(text: string): WrittenNumber[] {
  const found: WrittenNumber[] = [];
  for (const m of text.matchAll(/(?<![\w.])-?\d+(?:\.\d+)?(?![\w])/g)) {
    const value = Number(m[0]);
    if (!Number.isFinite(value) || Math.abs(value) > 1e9) continue;
    found.push({ value, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
