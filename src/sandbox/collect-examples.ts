import type { ExampleSet } from '../directive/directive.js';
import { CASE_PENALTY, caseError } from '../scoring/case-error.js';
import type { FailingCase } from '../scoring/evaluation.js';
import { decodeValue } from './decode-value.js';
import { MAX_FAILING_CASES, type EvaluationParts } from './evaluation-parts.js';
import type { RunnerMessage } from './runner-message.js';

type Split = 'train' | 'test';

/**
 * Scores an examples run in the parent (the candidate never sees expected outputs): PSB error per reported case,
 * the penalty for every case that threw or never ran because the process was ended (`unrunReason`).
 */
export function collectExamples(cases: ExampleSet, messages: RunnerMessage[], unrunReason: string): EvaluationParts {
  const errors: Record<Split, number[]> = { train: cases.train.map(() => CASE_PENALTY), test: cases.test.map(() => CASE_PENALTY) };
  const details: Record<Split, (Omit<FailingCase, 'split' | 'index' | 'input' | 'expected'> | undefined)[]> = { train: [], test: [] };
  const callTimes: number[] = [];
  for (const message of messages) {
    if (message.kind !== 'case') continue;
    const expected = cases[message.split]?.[message.index];
    if (!expected) continue;
    callTimes.push(message.ms);
    if (message.error !== undefined) {
      details[message.split][message.index] = { error: `threw: ${message.error}` };
      continue;
    }
    const actual = decodeValue(message.value);
    const error = caseError(expected.outputs, actual);
    errors[message.split][message.index] = error;
    details[message.split][message.index] = {
      actual,
      error: error >= CASE_PENALTY ? 'output of the wrong type or shape' : `wrong output (case error ${error})`,
    };
  }
  const failingCases: FailingCase[] = [];
  for (const split of ['train', 'test'] as const) {
    errors[split].forEach((error, index) => {
      if (error === 0 || failingCases.length >= MAX_FAILING_CASES) return;
      const { inputs, outputs } = cases[split][index];
      const detail = details[split][index] ?? { error: `not run: ${unrunReason}` };
      failingCases.push({ split, index, input: inputs, expected: outputs.length === 1 ? outputs[0] : outputs, ...detail });
    });
  }
  const passed = (split: Split): number => errors[split].filter((error) => error === 0).length;
  return {
    train: { passed: passed('train'), total: cases.train.length },
    test: { passed: passed('test'), total: cases.test.length },
    trainErrors: errors.train,
    testErrors: errors.test,
    failingCases,
    callTimes,
    allMet: passed('train') === cases.train.length && passed('test') === cases.test.length,
  };
}
