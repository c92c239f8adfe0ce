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
  /** The output is the chosen item's place, not the item. */
  index?: boolean;
}

/** A text's words as `words_string` reads them: split at single spaces, empty ones dropped. */
const wordsOf = (s: string): string[] => s.split(' ').filter((w) => w !== '');

/** Each case's items of one collection of a parameter, or undefined where a case's parameter is not of its kind. */
function itemsOf(cases: ExampleCase[], param: number, kind: ChoiceKind): unknown[][] | undefined {
  const items: unknown[][] = [];
  for (const c of cases) {
    const p = c.inputs[param];
    if (kind === 'list' ? !Array.isArray(p) : typeof p !== 'string') return undefined;
    // Characters as `charAt` reads them: a text with characters of two code units is not read by character.
    if (kind === 'chars' && [...(p as string)].length !== (p as string).length) return undefined;
    items.push(kind === 'list' ? (p as unknown[]) : kind === 'words' ? wordsOf(p as string) : [...(p as string)]);
  }
  return items;
}

/**
 * The readings of a single output as one item chosen from a collection of a parameter (the longest word, the number
 * closest to zero): a list parameter of the output's element type, or a text parameter's words or characters where the
 * output is a text; every case's output is among its items (or, for characters, empty: none is). Where the goal asks
 * for an `index` (see goalAsksIndex), an integer output may be the chosen item's place instead: every output a place
 * of its collection, or -1 (none). Only where at least four cases choose among two distinct items or more, and the
 * choice is not always the first item or always the last (a slice would do).
 */
export function chosenOutputs(cases: ExampleCase[], params: GpType[], returns: GpType[], index = false): ChosenOutput[] {
  if (returns.length !== 1 || cases.length === 0) return [];
  const type = returns[0];
  const readings: ChosenOutput[] = [];
  const places = index && type === 'int';
  params.forEach((paramType, param) => {
    const text = paramType === 'string' && (type === 'string' || places);
    const kinds: ChoiceKind[] = paramType === `${type}[]` || (places && paramType.endsWith('[]')) ? ['list'] : text ? ['words', 'chars'] : [];
    for (const kind of kinds) {
      const items = itemsOf(cases, param, kind);
      if (!items) continue;
      // A text's character may be none (an empty text: no character is the one asked for), a place -1.
      const chosen = places
        ? (o: unknown, list: unknown[]): boolean => Number.isInteger(o) && (o as number) >= -1 && (o as number) < list.length
        : (o: unknown, list: unknown[]): boolean => list.includes(o) || (kind === 'chars' && o === '');
      if (!cases.every((c, i) => chosen(c.outputs[0], items[i]))) continue;
      const telling = items.filter((list) => new Set(list).size >= 2).length;
      const always = (at: (list: unknown[]) => unknown): boolean => cases.every((c, i) => at(items[i]) === c.outputs[0]);
      const first = places ? () => 0 : (l: unknown[]) => l[0];
      const last = places ? (l: unknown[]) => l.length - 1 : (l: unknown[]) => l[l.length - 1];
      if (telling >= 4 && !always(first) && !always(last)) readings.push({ kind, param, items, ...(places && { index: true }) });
    }
  });
  return readings;
}

/** Whether a goal asks for a place: it says index, position or place. */
export function goalAsksIndex(goal: string | undefined): boolean {
  return goal !== undefined && /\b(index|indices|position|positions|place)\b/i.test(goal);
}
