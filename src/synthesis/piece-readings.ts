import type { ExampleCase } from '../directive/directive.js';
import type { GpContext } from '../programs/gp-context.js';
import { call, literal, variable } from '../programs/program-tree.js';
import type { TupleReading } from './tuple-readings.js';

/** Separators a text's pieces may stand between (a space's pieces are its words, read by tuple-readings.ts). */
const SEPARATORS = ['\n', ',', ';', '|', '\t', '/'];

/** The share of a parameter's texts a separator must appear in to be read. */
const SHARE = 1 / 4;

/**
 * A text parameter read as the pieces between a separator its values hold (lines, comma-separated fields):
 * `s.split("\n")`, one variable per piece, so the longest line is the largest of `x1.length` over them. A separator
 * is read where it appears in a quarter of the parameter's values or more.
 */
export function pieceReadings(ctx: GpContext, cases: ExampleCase[]): TupleReading[] {
  if (!ctx.types.includes('string[]')) return [];
  return ctx.params.flatMap((p, i) => {
    if (p.type !== 'string') return [];
    const texts = cases.map((c) => c.inputs[i]).filter((v): v is string => typeof v === 'string');
    return SEPARATORS.filter((sep) => texts.filter((t) => t.includes(sep)).length >= Math.max(1, texts.length * SHARE)).map(
      (sep): TupleReading => ({
        vars: ['string'],
        weight: 1,
        tuples: (c) => (typeof c.inputs[i] === 'string' ? c.inputs[i].split(sep).map((x) => [x]) : undefined),
        loop: { xs: call('split_string', 'string[]', [variable('string', p.name), literal('string', sep)]), element: 'string', access: [variable('string', 'x1')] },
      }),
    );
  });
}
