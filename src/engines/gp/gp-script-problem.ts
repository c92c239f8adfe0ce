import type { Directive } from '../../directive/directive.js';
import { HephaestusError } from '../../errors/hephaestus-error.js';
import type { GpType } from './gp-api.js';
import { functionName } from './gp-problem-from-directive.js';
import { gpSignatureTypes } from './gp-signature-types.js';
import type { ScriptGpProblem } from './run-script-gp.js';

/** Script signatures come with no data to settle int against float, so numbers are evolved as floats, which hold either. */
function asFloat(allowed: GpType[]): GpType {
  if (allowed.includes('float')) return 'float';
  if (allowed.includes('float[]')) return 'float[]';
  return allowed[0];
}

/** Maps a script directive onto the offline engine's problem: the signature's types and the evaluator module that scores programs. */
export function gpScriptProblem(directive: Directive): ScriptGpProblem {
  const evaluator = directive.evaluator;
  if (evaluator.kind !== 'script') {
    throw new HephaestusError('UNSUPPORTED', `directive ${directive.id}: its evaluator is "${evaluator.kind}", not script`, { file: directive.file });
  }
  const { params, returns } = gpSignatureTypes(directive);
  return {
    name: functionName(directive),
    goal: directive.goal,
    params: params.map((p) => ({ name: p.name, type: asFloat(p.allowed) })),
    returns: returns.map(asFloat),
    train: [],
    test: [],
    script: { evaluator: evaluator.module, solvedAt: evaluator.solvedAt, timeoutMs: directive.constraints.timeoutMs },
  };
}
