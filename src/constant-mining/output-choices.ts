import type { ExampleCase } from '../directive/directive.js';

/** A value type as the engines name it (`int`, `float`, `string`, `int[]`, …). */
type GpType = string;

/** Where a case's output is chosen from: a list parameter's elements, or a text parameter's words or characters. */
export type ChoiceKind = 'list' | 'words' | 'chars';

/** An output that is one item of a collection every case has: the collection's kind, its parameter, each case's items. */
export interface ChosenOutput {
  kind: ChoiceKind;
  param: number;
  items: unknown[][];
}

/** A text's words as `words_string` reads them: split at single spaces, empty ones dropped. */
const wordsOf = (s: string): string[] => s.split(' ').filter((w) => w !== '');

/** Each case's items of one collection of a parameter, or undefined where a case's parameter is not of its kind. */
function itemsOf(cases: ExampleCase[], param: number, kind: ChoiceKind): unknown[][] | undefined {
  const items: unknown[][] = [];
  for (const c of cases) {
    const p = c.inputs[param];
    if (kind === 'list' ? !Array.isArray(p) : typeof p !== 'string') return undefined;
    items.push(kind === 'list' ? (p as unknown[]) : kind === 'words' ? wordsOf(p as string) : [...(p as string)]);
  }
  return items;
}

/**
 * The readings of a single output as one item chosen from a collection of a parameter (the longest word, the number
 * closest to zero): a list parameter of the output's element type, or a text parameter's words or characters where the
 * output is a text; every case's output is among its items (or, for characters, empty: none is). Only where at least four cases choose among two distinct
 * items or more, and the choice is not always the first item or always the last (a slice would do).
 */
export function chosenOutputs(cases: ExampleCase[], params: GpType[], returns: GpType[]): ChosenOutput[] {
  if (returns.length !== 1 || cases.length === 0) return [];
  const type = returns[0];
  const readings: ChosenOutput[] = [];
  params.forEach((paramType, param) => {
    const kinds: ChoiceKind[] = paramType === `${type}[]` ? ['list'] : paramType === 'string' && type === 'string' ? ['words', 'chars'] : [];
    for (const kind of kinds) {
      const items = itemsOf(cases, param, kind);
      // A text's character may be none (an empty text: no character is the one asked for).
      const none = (o: unknown): boolean => kind === 'chars' && o === '';
      if (!items || !cases.every((c, i) => items[i].includes(c.outputs[0]) || none(c.outputs[0]))) continue;
      const telling = items.filter((list) => new Set(list).size >= 2).length;
      const always = (at: (list: unknown[]) => unknown): boolean => cases.every((c, i) => at(items[i]) === c.outputs[0]);
      if (telling >= 4 && !always((l) => l[0]) && !always((l) => l[l.length - 1])) readings.push({ kind, param, items });
    }
  });
  return readings;
}
