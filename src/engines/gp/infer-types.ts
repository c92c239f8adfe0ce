import type { ExampleCase } from '../../directive/directive.js';
import { HephaestusError } from '../../errors/hephaestus-error.js';
import type { GpType } from './gp-api.js';

/** Declared types that override or settle what the data alone cannot say (e.g. floats written as 1.0, empty vectors). */
export interface TypeHints {
  inputs?: (GpType | undefined)[];
  outputs?: (GpType | undefined)[];
}

/** The GpType of every input and output column of a set of cases. */
export interface InferredTypes {
  inputs: GpType[];
  outputs: GpType[];
}

type Kind = 'number' | 'string' | 'boolean' | 'array' | 'other';

function kindOf(value: unknown): Kind {
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : 'other';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'array';
  return 'other';
}

function unsupported(column: string, message: string): HephaestusError {
  return new HephaestusError('UNSUPPORTED', `${column}: ${message}; the offline engine handles ints, floats, strings, booleans and vectors of numbers or strings`);
}

function scalarType(column: string, kinds: Set<Kind>, numbers: number[]): GpType | undefined {
  if (kinds.size === 0) return undefined;
  if (kinds.has('other')) throw unsupported(column, 'holds null, objects or non-finite numbers');
  if (kinds.size > 1) throw unsupported(column, `mixes values of several kinds (${[...kinds].join(', ')})`);
  const [kind] = kinds;
  if (kind === 'array') throw unsupported(column, 'holds nested vectors');
  if (kind === 'number') return numbers.every(Number.isInteger) ? 'int' : 'float';
  return kind as GpType;
}

/** Infers one column's type; undefined when it holds only empty vectors and nothing settles the element type. */
function inferColumn(column: string, values: unknown[]): GpType | undefined {
  const kinds = new Set(values.map(kindOf));
  if (!kinds.has('array')) return scalarType(column, kinds, values as number[]);
  if (kinds.size > 1) throw unsupported(column, `mixes vectors with other values`);
  const elements = (values as unknown[][]).flat();
  const element = scalarType(`${column} elements`, new Set(elements.map(kindOf)), elements as number[]);
  if (element === undefined) return undefined;
  if (element === 'boolean') throw unsupported(column, 'holds vectors of booleans');
  return `${element}[]` as GpType;
}

/** Whether values inferred as `seen` may be declared as `declared` (ints may be declared floats, never the reverse). */
function fits(seen: GpType, declared: GpType): boolean {
  return seen === declared || (seen === 'int' && declared === 'float') || (seen === 'int[]' && declared === 'float[]');
}

function settle(column: string, values: unknown[], hint: GpType | undefined): GpType {
  const seen = inferColumn(column, values);
  if (hint === undefined) return seen ?? 'int[]';
  if (seen !== undefined && !fits(seen, hint)) {
    throw new HephaestusError('INVALID_INPUT', `${column}: declared ${hint} but the data holds ${seen} values`, { field: column });
  }
  if (seen === undefined && !hint.endsWith('[]')) {
    throw new HephaestusError('INVALID_INPUT', `${column}: declared ${hint} but the data holds only empty vectors`, { field: column });
  }
  return hint;
}

/**
 * Infers the GpType of each input and output from PSB-style cases: a number column is float when any value is
 * non-integer or a hint says so; vectors are typed by their elements; a column of only empty vectors is int[] unless hinted.
 */
export function inferTypes(cases: ExampleCase[], hints: TypeHints = {}): InferredTypes {
  if (cases.length === 0) throw new HephaestusError('INVALID_INPUT', 'no cases to infer types from');
  const inputCount = cases[0].inputs.length;
  const outputCount = cases[0].outputs.length;
  for (const [side, hinted, count] of [['inputs', hints.inputs, inputCount], ['outputs', hints.outputs, outputCount]] as const) {
    if (hinted !== undefined && hinted.length !== count) {
      throw new HephaestusError('INVALID_INPUT', `${hinted.length} declared ${side} types but the cases have ${count} ${side}`, { field: side });
    }
  }
  const column = (pick: (c: ExampleCase) => unknown[], i: number): unknown[] => cases.map((c) => pick(c)[i]);
  return {
    inputs: Array.from({ length: inputCount }, (_, i) => settle(`input${i + 1}`, column((c) => c.inputs, i), hints.inputs?.[i])),
    outputs: Array.from({ length: outputCount }, (_, i) => settle(`output${i + 1}`, column((c) => c.outputs, i), hints.outputs?.[i])),
  };
}
