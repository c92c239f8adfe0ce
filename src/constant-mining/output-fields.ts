import type { ExampleCase } from '../directive/directive.js';

/** One number an output prints: each case's value, and the width it is padded to with zeros (0: printed as it is). */
export interface Field {
  values: number[];
  width: number;
}

/** Texts printed with numbers between them: `texts[0] + field 0 + texts[1] + … + texts[k]`. */
export interface Fielded {
  texts: string[];
  fields: Field[];
}

/** Most numbers a fielded output is read as (a date and a time of day are six). */
export const MOST_FIELDS = 6;

/** Fewest cases a reading is taken from: two numbers with the same text between them in fewer may be chance. */
const FEWEST_CASES = 4;

/**
 * The numbers a field prints, and the width they are padded to: unpadded when every text is a number as `String` prints
 * it ("7", "43"), padded to the shortest text's width when some text starts with a zero and every one is its number
 * padded so ("05", "13", "120" at width 2). Undefined when the texts are neither (a sign, a number past 15 digits).
 */
function readField(texts: string[]): Field | undefined {
  if (texts.some((t) => t.length > 15)) return undefined;
  const values = texts.map(Number);
  const width = texts.reduce((least, t) => Math.min(least, t.length), Infinity);
  const padded = texts.some((t) => t.length > 1 && t.startsWith('0'));
  if (!padded) return texts.every((t) => t === '0' || !t.startsWith('0')) ? { values, width: 0 } : undefined;
  return width >= 2 && texts.every((t, i) => String(values[i]).padStart(width, '0') === t) ? { values, width } : undefined;
}

/**
 * Whether every output is the same texts with numbers between them ("43:07", "$12.05", "2024-03-09"), and those numbers:
 * the outputs' runs of digits, as many in every case, the texts between them the same in every case. A number that is
 * the same in every case is part of the text around it. Read only where that leaves two numbers or more, or one padded
 * with zeros (one number printed as it is between fixed texts is `printedOutput`'s), and no more than MOST_FIELDS.
 */
export function fieldedOutput(cases: ExampleCase[]): Fielded | undefined {
  const outs = cases.map((c) => c.outputs[0]);
  if (outs.length < FEWEST_CASES || !outs.every((o): o is string => typeof o === 'string')) return undefined;
  const split = outs.map((o) => o.split(/(\d+)/));
  const pieces = split[0].length;
  if (pieces < 3 || split.some((s) => s.length !== pieces)) return undefined;
  for (let p = 0; p < pieces; p += 2) if (split.some((s) => s[p] !== split[0][p])) return undefined;
  const texts: string[] = [split[0][0]];
  const fields: Field[] = [];
  for (let p = 1; p < pieces; p += 2) {
    const digits = split.map((s) => s[p]);
    if (digits.every((d) => d === digits[0])) {
      texts[texts.length - 1] += digits[0] + split[0][p + 1];
      continue;
    }
    const field = readField(digits);
    if (!field) return undefined;
    fields.push(field);
    texts.push(split[0][p + 1]);
  }
  if (fields.length === 0 || fields.length > MOST_FIELDS) return undefined;
  if (fields.length === 1 && fields[0].width === 0) return undefined;
  return { texts, fields };
}
