import type { ExampleCase } from '../directive/directive.js';

/** A value type as the engines name it (`int`, `float`, `string`, `boolean`, `int[]`, …). */
type GpType = string;

/** The count an output states in each case: an integer output, or the one integer a string output prints ("… is 3"). */
function countsOf(train: ExampleCase[], output: number, type: GpType): number[] | undefined {
  const counts = train.map((c) => {
    const value = c.outputs[output];
    if (type === 'int') return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
    if (type !== 'string' || typeof value !== 'string') return undefined;
    const numbers = value.match(/\d+/g) ?? [];
    return numbers.length === 1 ? Number(numbers[0]) : undefined;
  });
  return counts.every((n): n is number => n !== undefined && n <= 1e6) && counts.some((n) => n > 0) ? counts : undefined;
}

function characterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/**
 * The set of characters whose occurrences in the texts add up to the counts in every case, when one exists and is
 * found: every character that never occurs more often than the count is a candidate, then the candidate that can
 * explain the excess in the most cases is dropped until the sums match (undefined when a case still disagrees).
 */
function fitCharacterSet(texts: string[], counts: number[]): string[] | undefined {
  const perCase = texts.map(characterCounts);
  const seen = new Set(texts.flatMap((t) => [...t]));
  const set = new Set([...seen].filter((ch) => perCase.every((m, i) => (m.get(ch) ?? 0) <= counts[i])));
  for (;;) {
    const excess = perCase.map((m, i) => [...set].reduce((sum, ch) => sum + (m.get(ch) ?? 0), 0) - counts[i]);
    if (excess.every((e) => e === 0)) break;
    // A character outside the set can only be one whose every occurrence is part of an excess.
    const outside = [...set].filter((ch) => perCase.every((m, i) => (m.get(ch) ?? 0) <= excess[i]));
    if (outside.length === 0) return undefined;
    const blame = (ch: string): number => perCase.filter((m, i) => (m.get(ch) ?? 0) > 0 && excess[i] > 0).length;
    const worst = outside.reduce((a, b) => (blame(b) > blame(a) ? b : a));
    set.delete(worst);
  }
  // A set of most of the characters seen is "everything but a few", which train inputs cannot pin down.
  return set.size > 0 && set.size <= seen.size / 2 ? [...set].sort() : undefined;
}

/**
 * Character classes the outputs count: for each string input and each output that states a count (an integer, or
 * a string printing one integer), the characters whose occurrences in the input add up to it in every train case,
 * joined ("aeiouy" when a text's vowels are counted). A program tests membership with the joined string.
 */
export function countedCharacters(train: ExampleCase[], returns: GpType[]): string[] {
  if (train.length < 10) return [];
  const found = new Set<string>();
  train[0].inputs.forEach((_, p) => {
    const texts = train.map((c) => c.inputs[p]);
    if (!texts.every((t): t is string => typeof t === 'string')) return;
    returns.forEach((ret, o) => {
      const counts = countsOf(train, o, ret);
      const set = counts && fitCharacterSet(texts, counts);
      if (set) found.add(set.join(''));
    });
  });
  return [...found];
}
