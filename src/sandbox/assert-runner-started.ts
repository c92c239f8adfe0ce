import { HephaestusError } from '../errors/hephaestus-error.js';
import type { ProcessOutcome } from './run-sandboxed-process.js';

/**
 * Whether the runner ended by itself before its ready message, so never reached the candidate. Not after a timeout (a
 * machine too loaded to start node in time says nothing about the install), nor after the sandbox killed it for what it
 * wrote (an output or channel cap: a ready frame may have been left unread).
 */
export function endedBeforeReady(outcome: ProcessOutcome): boolean {
  if (outcome.timedOut || outcome.messages.some((message) => message.kind === 'ready')) return false;
  return !outcome.notes.some((note) => note.endsWith('process group killed'));
}

/**
 * A runner that ended by itself before its ready message (see endedBeforeReady) means the sandbox cannot run at all
 * (isolated-vm missing or half-built, as during an `npm ci`; bubblewrap or node unable to start): the run's failure to
 * report, not a score of 0 for every candidate. The cause is the first error line of its output.
 */
export function assertRunnerStarted(outcome: ProcessOutcome): void {
  if (!endedBeforeReady(outcome)) return;
  const lines = outcome.output.split('\n').filter((line) => line.trim() !== '' && !/^Node\.js v\d/.test(line.trim()));
  const cause = lines.find((line) => /^\s*([A-Za-z]*Error\b[^:]*|bwrap|node|prlimit|setpriv): /.test(line)) ?? lines.at(-1) ?? '';
  const hint = /isolated[-_]vm/.test(outcome.output) ? 'check that `npm ci` has finished and isolated-vm is built' : 'see docs/security.md on what the sandbox needs';
  throw new HephaestusError(
    'SANDBOX_FAILURE',
    `the sandboxed runner ended before it could load a candidate (${outcome.notes.join('; ')}${cause ? `; ${cause.trim().slice(0, 400)}` : ''}); ` +
      `no candidate can be tested here: ${hint}`,
  );
}
