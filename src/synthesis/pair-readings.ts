import type { ExampleCase } from '../directive/directive.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpContext } from '../programs/gp-context.js';
import { tag } from '../primitives/primitive.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, variable } from '../programs/program-tree.js';
import type { TupleReading } from './tuple-readings.js';
import { partsOf } from './tuple-readings.js';

/**
 * Most parts a case's parameter may have to be read in pairs: the loop takes about 2n² steps, past a case's step budget
 * (20 a unit of input size, 2,000 at least) from 28 parts on. The emitted module's `range(n * n)` holds up to a million
 * numbers, so it takes lists and texts of up to a thousand parts.
 */
const MOST_PARTS = 25;

const x1 = variable('int', 'x1');

/**
 * Each parameter's parts read two at a time, every pair of positions i < j once (the pairs that add up to a target,
 * whether two elements are equal, the largest product of two): one loop over the n² positions' numbers that keeps
 * those whose row is before their column, `range(n * n).filter((x1) => idiv(x1, n) < mod(x1, n))`, the body reading
 * the parts at the row and the column. None where a case's parameter has more than MOST_PARTS parts.
 */
export function pairReadings(ctx: GpContext, cases: ExampleCase[]): TupleReading[] {
  return ctx.params.flatMap((p, i) => {
    const part = p.type === 'string' ? 'string' : p.type === 'int[]' ? 'int' : p.type === 'float[]' ? 'float' : undefined;
    if (!part) return [];
    if (cases.some((c) => (partsOf(c.inputs[i])?.length ?? Infinity) > MOST_PARTS)) return [];
    const param = variable(p.type, p.name);
    const n = p.type === 'string' ? call('len_string', 'int', [param]) : call(`len_${tag(p.type)}`, 'int', [param]);
    const row = call('div_int', 'int', [x1, n]);
    const column = call('mod_int', 'int', [x1, n]);
    const at = (index: GpNode): GpNode =>
      p.type === 'string' ? call('charAt', 'string', [param, index]) : call(`nth_${tag(p.type)}`, part as GpType, [param, index]);
    const xs = call('filter_ints', 'int[]', [call('range_int', 'int[]', [call('mul_int', 'int', [n, n])]), call('lt_int', 'boolean', [row, column])]);
    const reading: TupleReading = {
      vars: [part, part],
      weight: 1,
      tuples: (c) => {
        const parts = partsOf(c.inputs[i]);
        return parts?.flatMap((a, j) => parts.slice(j + 1).map((b) => [a, b]));
      },
      loop: { xs, element: 'int', access: [at(row), at(column)] },
    };
    return [reading];
  });
}
