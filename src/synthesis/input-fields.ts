import type { ExampleCase } from '../directive/directive.js';
import { fieldedOutput } from '../constant-mining/output-fields.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import { call } from '../programs/program-tree.js';
import { printedTexts, sliceFit, sliceNode } from './field-slices.js';

/** A number read from a text parameter, and its value for a case's inputs. */
export interface InputField {
  node: GpNode;
  value: (inputs: unknown[]) => number;
}

/** As the `toInt` helper reads a text: its leading integer, 0 where it has none. */
function toInt(s: string): number {
  const n = Number.parseInt(s, 10);
  return Number.isNaN(n) ? 0 : n;
}

/**
 * The numbers a text parameter holds between fixed texts in every case ("09:30", "2024-03-09", "3x4"), each read at
 * fixed bounds, `toInt(s.slice(0, 2))`, as a leaf of the enumeration: the minutes between two times of day are then a
 * difference of two small expressions of them, not a parse inside every candidate. Bounds may count from the end (an
 * unpadded hour is `s.slice(0, -3)`); a number no fixed bounds hold in every case is not read.
 */
export function inputFields(ctx: GpContext, cases: ExampleCase[]): InputField[] {
  if (!ctx.types.includes('int')) return [];
  return ctx.params.flatMap((p, j) => {
    if (p.type !== 'string' || !cases.every((c) => typeof c.inputs[j] === 'string')) return [];
    const texts = cases.map((c) => c.inputs[j] as string);
    const fielded = fieldedOutput(texts.map((text) => ({ inputs: [], outputs: [text] })));
    if (!fielded) return [];
    return fielded.fields.flatMap((field) => {
      const fit = sliceFit(texts, printedTexts(field));
      if (!fit) return [];
      return [{ node: call('toInt_string', 'int', [sliceNode(p.name, fit)]), value: (inputs: unknown[]) => toInt(String(inputs[j]).slice(...fit)) }];
    });
  });
}
