import { basename, extname } from 'node:path';
import type { Evaluation } from '../scoring/evaluation.js';
import { collectExamples } from './collect-examples.js';
import { collectScript } from './collect-script.js';
import { collectTests } from './collect-tests.js';
import type { ProcessOutcome } from './run-sandboxed-process.js';
import type { SandboxJob } from './sandbox.js';

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The resource note for a limit the candidate's isolate hit (reported by the runner as a 'limit' message). */
function limitNote(limit: 'memory' | 'time', job: SandboxJob, caseTimeoutMs: number): string {
  return limit === 'memory'
    ? `memory: isolate limit of ${job.limits.memoryMb} MB reached`
    : `timeout: a call ran past its limit of ${caseTimeoutMs} ms and was stopped`;
}

/**
 * Builds the Evaluation of one sandboxed run. Only what the runner reported over the validated channel counts;
 * solved needs the runner's final done message, so a candidate that exits early or times out is never solved.
 */
export function assembleEvaluation(job: SandboxJob, outcome: ProcessOutcome, caseTimeoutMs: number): Evaluation {
  const unrunReason = outcome.timedOut ? 'the sandbox timed out' : outcome.done ? 'no result was reported' : 'the sandboxed process ended early';
  const ev = job.evaluator;
  const parts =
    ev.kind === 'examples'
      ? collectExamples(ev.cases, outcome.messages, unrunReason)
      : ev.kind === 'tests'
        ? collectTests(ev.files.map((file) => basename(file, extname(file))), outcome.messages, unrunReason)
        : collectScript(ev.solvedAt, outcome.messages, unrunReason);
  const notes = [...outcome.notes, ...(parts.scoreNote ? [parts.scoreNote] : [])];
  for (const message of outcome.messages) {
    if (message.kind === 'load-error') notes.push(`load-error: ${message.error}`);
    if (message.kind === 'limit') notes.push(limitNote(message.limit, job, caseTimeoutMs));
  }
  const solved = outcome.done && parts.allMet;
  const status: Evaluation['status'] = outcome.timedOut ? 'timeout' : !outcome.done ? 'crashed' : solved ? 'passed' : 'failed';
  const { callTimes, allMet: _allMet, scoreNote: _scoreNote, ...rest } = parts;
  return { status, ...rest, medianCallMs: median(callTimes), stderr: outcome.output, notes, solved };
}
