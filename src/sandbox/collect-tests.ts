import type { FailingCase } from '../scoring/evaluation.js';
import { MAX_FAILING_CASES, type EvaluationParts } from './evaluation-parts.js';
import { MAX_CALL_TIMES, type RunnerMessage } from './runner-message.js';

// Enough call times for a stable median; a run never keeps more, however many tests it has.
const MAX_TIMES_PER_RUN = 100 * MAX_CALL_TIMES;

/**
 * Turns a tests run into train cases, one per test (the test split stays empty). The runner's plan names every test
 * up front, so tests that never ran because the process was ended still count, as failures (`unrunReason`).
 */
export function collectTests(fileNames: string[], messages: RunnerMessage[], unrunReason: string): EvaluationParts {
  const plan = messages.find((message) => message.kind === 'plan');
  const names = plan?.kind === 'plan' ? plan.tests : fileNames;
  const results = new Map<number, Extract<RunnerMessage, { kind: 'test' }>>();
  for (const message of messages) if (message.kind === 'test') results.set(message.index, message);
  const failingCases: FailingCase[] = [];
  const callTimes: number[] = [];
  const trainErrors = names.map((name, index) => {
    const result = results.get(index);
    for (const time of result?.calls ?? []) if (callTimes.length < MAX_TIMES_PER_RUN) callTimes.push(time);
    if (result?.ok) return 0;
    const error = result ? (result.error ?? 'failed') : `not run: ${unrunReason}`;
    if (failingCases.length < MAX_FAILING_CASES) failingCases.push({ split: 'train', index, input: name, error });
    return 1;
  });
  const passed = trainErrors.filter((error) => error === 0).length;
  return {
    train: { passed, total: names.length },
    test: { passed: 0, total: 0 },
    trainErrors,
    testErrors: [],
    failingCases,
    callTimes,
    allMet: names.length > 0 && passed === names.length,
  };
}
