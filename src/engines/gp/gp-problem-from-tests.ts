import type { Directive } from '../../directive/directive.js';
import { HephaestusError } from '../../errors/hephaestus-error.js';
import type { GpProblem, GpType } from './gp-api.js';
import { functionName } from './gp-problem-from-directive.js';
import { gpSignatureTypes } from './gp-signature-types.js';
import { loadableTestFiles } from '../../directive/test-files/loadable-test-files.js';
import { probeTests } from '../../directive/test-files/probe-tests.js';

/**
 * Wall time of one test on one program. A test's work on a right program is microseconds; this bound is what a test
 * that loops on a wrong one costs before the program's calls start throwing, so it is kept far below a sandbox call's.
 */
export const TEST_WALL_MS = 250;

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Whether a value can be held by a variable of the engine's type. */
function fitsType(value: unknown, type: GpType): boolean {
  if (type === 'int') return Number.isInteger(value);
  if (type === 'float') return isNumber(value);
  if (type === 'string' || type === 'boolean') return typeof value === type;
  return Array.isArray(value) && value.every((v) => fitsType(v, type.slice(0, -2) as GpType));
}

/** Where the signature leaves int or float open, the data settles it: float as soon as one observed number is not whole. */
function settle(allowed: GpType[], values: unknown[]): GpType {
  if (allowed.length === 1) return allowed[0];
  const numbers = values.flat().filter(isNumber);
  return numbers.every(Number.isInteger) ? allowed[0] : allowed[1];
}

/**
 * Maps a tests directive to the offline engine's problem: its tests are probed for literal input/output cases
 * (train cases with graded errors, which also mine constants and settle int or float); after them come each named
 * test and each of its other assertions as pass/fail train cases. A signature beyond the engine's types, or a test
 * file it cannot load, is an UNSUPPORTED error naming the type or the file.
 */
export async function gpProblemFromTests(directive: Directive): Promise<GpProblem> {
  if (directive.evaluator.kind !== 'tests') {
    throw new HephaestusError('UNSUPPORTED', `directive ${directive.id}: its evaluator is "${directive.evaluator.kind}", not tests`, { file: directive.file });
  }
  const { params, returns } = gpSignatureTypes(directive);
  const files = loadableTestFiles({ ...directive, evaluator: directive.evaluator });
  const timeoutMs = Math.min(directive.constraints.timeoutMs, TEST_WALL_MS);
  const probe = await probeTests(files, returns.length, timeoutMs);
  const calls = probe.calls.filter((args) => args.length === params.length);
  const paramTypes = params.map((p, i) => settle(p.allowed, calls.map((args) => args[i])));
  const everything = [...calls.flat(), ...probe.examples.flatMap((c) => c.outputs)];
  const returnTypes = returns.map((allowed, o) => {
    const seen = probe.examples.map((c) => c.outputs[o]);
    return settle(allowed, seen.length > 0 ? seen : everything);
  });
  const train = probe.examples.filter(
    (c) => c.inputs.length === params.length && c.inputs.every((v, i) => fitsType(v, paramTypes[i])) && c.outputs.every((v, o) => fitsType(v, returnTypes[o])),
  );
  const cases = probe.nonLiteral.flatMap((positions, test) => [{ test }, ...positions.map((assertion) => ({ test, assertion }))]);
  return {
    name: functionName(directive),
    goal: directive.goal,
    params: params.map((p, i) => ({ name: p.name, type: paramTypes[i] })),
    returns: returnTypes,
    train,
    test: [],
    tests: { files, names: probe.tests.map((t) => t.name), assertions: probe.assertions, cases, timeoutMs },
  };
}
