import type { Directive, ExampleSet } from '../../directive/directive.js';
import { HephaestusError, invalidInput } from '../../errors/hephaestus-error.js';
import type { GpProblem, GpType } from './gp-api.js';
import { gpSignatureTypes } from './gp-signature-types.js';
import { inferTypes } from './infer-types.js';

/** A hint only where the signature alone settles the type (so empty vectors of strings are typed right). */
const settled = (allowed: GpType[]): GpType | undefined => (allowed.length === 1 ? allowed[0] : undefined);

/** A function name for the emitted module: the directive's `name`, else its id, camel-cased into an identifier. */
export function functionName(directive: Directive): string {
  const words = (directive.name ?? directive.id).split(/[^A-Za-z0-9_]+/).filter(Boolean);
  const name = words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('');
  return /^[A-Za-z_]/.test(name) ? name : `fn${name}`;
}

/**
 * Maps an examples directive and its loaded cases to the offline engine's problem, checking that the signature
 * and the data agree; a signature beyond the engine's type system is an UNSUPPORTED error saying so plainly.
 */
export function gpProblemFromDirective(directive: Directive, examples: ExampleSet): GpProblem {
  if (directive.evaluator.kind !== 'examples') {
    throw new HephaestusError('UNSUPPORTED', `directive ${directive.id}: its evaluator is "${directive.evaluator.kind}", not examples`, { file: directive.file });
  }
  const { params, returns } = gpSignatureTypes(directive);
  const cases = [...examples.train, ...examples.test];
  const outputCount = cases[0]?.outputs.length ?? 0;
  if (outputCount !== returns.length) {
    throw invalidInput(directive.file, 'signature', `returns ${returns.length} value(s) but the cases have ${outputCount} output(s)`);
  }
  const kinds = directive.evaluator.outputKinds;
  if (kinds !== undefined && kinds.length !== returns.length) {
    throw invalidInput(directive.file, 'evaluator.outputKinds', `lists ${kinds.length} kind(s) but the signature returns ${returns.length} value(s)`);
  }
  let inferred;
  try {
    inferred = inferTypes(cases, {
      inputs: params.map((p) => settled(p.allowed)),
      outputs: returns.map((allowed, i) => kinds?.[i] ?? settled(allowed)),
    });
  } catch (error) {
    if (HephaestusError.isInstance(error) && error.code === 'INVALID_INPUT') {
      throw invalidInput(directive.file, 'evaluator', `the cases disagree with the signature: ${error.message}`);
    }
    throw error;
  }
  const check = (type: GpType, allowed: GpType[], column: string, what: string): GpType => {
    if (!allowed.includes(type)) throw invalidInput(directive.file, 'signature', `${what} is ${allowed.join(' or ')} but ${column} holds ${type} values`);
    return type;
  };
  return {
    name: functionName(directive),
    goal: directive.goal,
    params: params.map((p, i) => ({ name: p.name, type: check(inferred.inputs[i], p.allowed, `input${i + 1}`, `parameter "${p.name}"`) })),
    returns: returns.map((allowed, i) => check(inferred.outputs[i], allowed, `output${i + 1}`, `result ${i + 1}`)),
    train: examples.train,
    test: examples.test,
  };
}
