import { HephaestusError } from '../errors/hephaestus-error.js';
import type { ProcessOutcome } from './run-sandboxed-process.js';

/**
 * A runner that ended before its ready message never reached the candidate: the sandbox itself cannot run (e.g.
 * isolated-vm missing or half-built, as during an `npm ci`). That is the run's failure to report, not a score of 0.
 * A timeout is left to the evaluation: a machine too loaded to start node in time says nothing about the install.
 */
export function assertRunnerStarted(outcome: ProcessOutcome): void {
  if (outcome.timedOut || outcome.messages.some((message) => message.kind === 'ready')) return;
  const lines = outcome.output.split('\n').filter((line) => line.trim() !== '');
  const cause = lines.find((line) => /^\s*([A-Za-z]*Error|bwrap|node): /.test(line)) ?? lines.at(-1) ?? '';
  throw new HephaestusError(
    'SANDBOX_FAILURE',
    `the sandboxed runner ended before it could load a candidate (${outcome.notes.join('; ')}${cause ? `; ${cause.trim().slice(0, 400)}` : ''}); ` +
      'no candidate can be tested here: check that `npm ci` has finished and isolated-vm is built',
  );
}
