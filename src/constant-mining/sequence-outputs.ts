import type { ExampleCase } from '../directive/directive.js';
import type { GpType } from '../primitives/value-types.js';
import { printedType } from './output-affixes.js';

/**
 * The outputs read as a sequence of parts made from the inputs and a position (the numbers from a to b in steps of c,
 * the first n multiples of k, a word n times on its own line): an array's elements, or the pieces of a text between
 * a separator (or, `terminated`, each followed by it).
 */
export interface SequenceReading {
  /** null: the output is an array; else the text between (or after) its parts. */
  sep: string | null;
  terminated: boolean;
  /** The parts' type: a whole number, a decimal or a text, as every part of every case reads. */
  part: GpType;
  /** Each case's parts as values of `part`, in order. */
  parts: unknown[][];
}

/** Texts a printed sequence's parts are between, the most telling first (", " before "," and " "). */
const SEQUENCE_SEPARATORS = ['\n', ', ', ',', ' ', ';', '|', '\t'];

/**
 * Bounds: a sequence needs cases with two parts or more and parts in all; at most `readings` readings are tried (each
 * costs up to three part problems), those whose parts are numbers first.
 */
export const SEQUENCE_LIMITS = { minCases: 4, minParts: 8, readings: 2 };

/** The parts' values: numbers where every part prints one as `String` does (printedType), else the texts. */
function partValues(texts: string[][], types: GpType[]): Pick<SequenceReading, 'part' | 'parts'> {
  const part = printedType(texts.flat(), types);
  return { part, parts: part === 'string' ? texts : texts.map((ps) => ps.map(Number)) };
}

/**
 * The readings of a problem's outputs as sequences: a one-output problem whose output is an array or a text holding a
 * separator; kept where enough cases have two parts or more. Empty text is no parts. (Where each part comes from the
 * part of an input at the same position alone, element-wise.ts finds the map first.)
 */
export function sequenceReadings(cases: ExampleCase[], params: GpType[], returns: GpType[], types: GpType[]): SequenceReading[] {
  if (returns.length !== 1 || params.length === 0) return [];
  const out = returns[0];
  const outputs = cases.map((c) => c.outputs[0]);
  const list: SequenceReading[] = [];
  if (out.endsWith('[]')) {
    if (['int[]', 'float[]', 'string[]'].includes(out) && outputs.every(Array.isArray)) list.push({ sep: null, terminated: false, part: out.slice(0, -2) as GpType, parts: outputs as unknown[][] });
  } else if (out === 'string' && outputs.every((o) => typeof o === 'string')) {
    const texts = outputs as string[];
    for (const sep of SEQUENCE_SEPARATORS) {
      if (!texts.some((o) => o.includes(sep))) continue;
      const terminated = texts.every((o) => o === '' || o.endsWith(sep));
      const split = texts.map((o) => (o === '' ? [] : (terminated ? o.slice(0, -sep.length) : o).split(sep)));
      list.push({ sep, terminated, ...partValues(split, types) });
    }
  }
  const enough = list.filter(
    (r) => r.parts.filter((p) => p.length >= 2).length >= SEQUENCE_LIMITS.minCases && r.parts.reduce((n, p) => n + p.length, 0) >= SEQUENCE_LIMITS.minParts,
  );
  // A separator inside one kept before it (", " holds "," and " ") reads the same parts again, worse.
  const kept = enough.filter((r, i) => !enough.slice(0, i).some((q) => q.sep !== null && r.sep !== null && q.sep.includes(r.sep)));
  const numbers = kept.filter((r) => r.part !== 'string');
  return [...numbers, ...kept.filter((r) => r.part === 'string')].slice(0, SEQUENCE_LIMITS.readings);
}
