import type { GpProblem, GpType } from '../../src/engines/gp/gp-api.js';

const SHORT: Record<GpType, string> = { int: 'i', float: 'f', string: 's', boolean: 'b', 'int[]': 'vi', 'float[]': 'vf', 'string[]': 'vs' };

/** A problem's types in the data README's notation, e.g. "f,f,i -> f". */
export function typeAbbreviation(problem: Pick<GpProblem, 'params' | 'returns'>): string {
  return `${problem.params.map((p) => SHORT[p.type]).join(',')} -> ${problem.returns.map((t) => SHORT[t]).join(',')}`;
}
