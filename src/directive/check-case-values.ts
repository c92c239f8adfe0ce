import { invalidInput } from '../errors/hephaestus-error.js';
import type { ExampleCase } from './directive.js';
import type { OutputKind } from './directive-schema.js';
import { typeText, type Signature, type TypeSpec } from './signature.js';

const fitsKind: Record<OutputKind, (value: unknown) => boolean> = {
  int: Number.isInteger,
  float: (value) => typeof value === 'number',
  string: (value) => typeof value === 'string',
  boolean: (value) => typeof value === 'boolean',
  'int[]': (value) => Array.isArray(value) && value.every(Number.isInteger),
  'float[]': (value) => Array.isArray(value) && value.every((item) => typeof item === 'number'),
  'string[]': (value) => Array.isArray(value) && value.every((item) => typeof item === 'string'),
};

interface Mismatch {
  /** Where in the case: `input1`, `input1[2]`, `output1`. */
  path: string;
  expected: TypeSpec;
  found: unknown;
}

// A type the signature names but Hephaestus does not model (a union, an object type, Map...) is left to the build's type check.
function mismatch(value: unknown, spec: TypeSpec, path: string): Mismatch | undefined {
  const wrong = { path, expected: spec, found: value };
  switch (spec.kind) {
    case 'number':
    case 'string':
    case 'boolean':
      return typeof value === spec.kind ? undefined : wrong;
    case 'array':
      if (!Array.isArray(value)) return wrong;
      for (let i = 0; i < value.length; i++) {
        const inner = mismatch(value[i], spec.of, `${path}[${i}]`);
        if (inner) return inner;
      }
      return undefined;
    case 'tuple':
      if (!Array.isArray(value) || value.length !== spec.items.length) return wrong;
      for (let i = 0; i < value.length; i++) {
        const inner = mismatch(value[i], spec.items[i], `${path}[${i}]`);
        if (inner) return inner;
      }
      return undefined;
    case 'other':
      return undefined;
  }
}

/** A value as a message shows it: its JSON kind and, for scalars, the value itself (cut short). */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 40 ? `${text.slice(0, 40)}...` : text}`;
}

/**
 * Checks one PSB case against the directive's signature before anything runs: each input against its parameter's
 * type, and the outputs against the return type (one output holds the whole result; several are the items of a
 * tuple) and against the declared `outputKinds`, one for one. A mismatch is an INVALID_INPUT error naming the data
 * file, the line and the value (`line 2: input1[3]`).
 */
export function checkCaseValues(file: string, line: number, c: ExampleCase, signature: Signature, outputKinds?: readonly OutputKind[]): void {
  if (outputKinds && outputKinds.length !== c.outputs.length) {
    throw invalidInput(file, `line ${line}`, `has ${c.outputs.length} output(s), evaluator.outputKinds declares ${outputKinds.length}`);
  }
  outputKinds?.forEach((kind, i) => {
    if (!fitsKind[kind](c.outputs[i])) throw invalidInput(file, `line ${line}: output${i + 1}`, `expected ${kind} (evaluator.outputKinds[${i}]), got ${describe(c.outputs[i])}`);
  });
  const refuse = (found: Mismatch, why: string): never => {
    throw invalidInput(file, `line ${line}: ${found.path}`, `expected ${typeText(found.expected)} (${why}), got ${describe(found.found)}`);
  };
  signature.params.forEach((param, i) => {
    const found = mismatch(c.inputs[i], param.type, `input${i + 1}`);
    if (found) refuse(found, `parameter ${param.name}: ${typeText(param.type)}`);
  });
  const returns = signature.returns;
  const why = `the signature returns ${typeText(returns)}`;
  if (c.outputs.length === 1) {
    const found = mismatch(c.outputs[0], returns, 'output1');
    if (found) refuse(found, why);
    return;
  }
  if (returns.kind === 'other') return;
  const items = returns.kind === 'tuple' ? returns.items : [returns];
  if (c.outputs.length > items.length) {
    throw invalidInput(file, `line ${line}: output${items.length + 1}`, `${why}, ${items.length} value(s), but the line has ${c.outputs.length} outputs`);
  }
  if (c.outputs.length < items.length) {
    throw invalidInput(file, `line ${line}: output${c.outputs.length + 1}`, `missing: ${why}, ${items.length} values`);
  }
  items.forEach((item, i) => {
    const found = mismatch(c.outputs[i], item, `output${i + 1}`);
    if (found) refuse(found, why);
  });
}
