import type { Evaluation } from '../index.js';

type FailingCase = Evaluation['failingCases'][number];

/**
 * One line for a failing case: inputs, expected and actual for an examples case; the test's name and its assertion's
 * own message for a test or a script verdict, which have no expected value to show. The result still goes through
 * printLines (the message is the candidate's).
 */
export function describeFailingCase(failing: FailingCase): string {
  const where = `✗ ${failing.split}#${failing.index}`;
  // The assertion message spans lines (node:assert's diff): one line keeps the listing readable.
  const error = failing.error?.replace(/\s*\n\s*/g, ' ').trim();
  if (failing.expected === undefined && failing.actual === undefined) {
    const name = typeof failing.input === 'string' ? failing.input : JSON.stringify(failing.input);
    return `${where} ${name}: ${error || 'failed'}`;
  }
  return `${where} input ${JSON.stringify(failing.input)} expected ${JSON.stringify(failing.expected)} got ${JSON.stringify(failing.actual)}${error ? ` (${error})` : ''}`;
}
