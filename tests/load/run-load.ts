import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox } from '../../src/sandbox/create-sandbox.js';
import { inParallel } from '../support/in-parallel.js';
import { kindAt } from './load-candidates.js';
import { leakSnapshot, type LeakSnapshot } from './leak-snapshot.js';

/** What a load run measured. */
export interface LoadReport {
  candidates: number;
  width: number;
  wallMs: number;
  /** Evaluations per status, and per candidate kind. */
  byStatus: Record<string, number>;
  byKind: Record<string, Record<string, number>>;
  before: LeakSnapshot;
  after: LeakSnapshot;
  sandbox: string;
}

const CASES = { train: [[0, 0], [5, 5], [-3, 4], [1, 66]].map(([a, b]) => ({ inputs: [a, b], outputs: [Math.abs(a - b)] })), test: [{ inputs: [7, -2], outputs: [9] }] };
const LIMITS = { timeoutMs: 1_500, memoryMb: 64, maxOutputBytes: 65_536 };
const SETTLE_MS = 500;

/**
 * Evaluates `candidates` distinct candidate modules through the sandboxed test stage, `width` at a time, and takes a
 * leak snapshot before and after: the sandboxes use a private temp directory so their leftovers are countable.
 */
export async function runLoad(candidates: number, width: number): Promise<LoadReport> {
  const root = mkdtempSync(join(tmpdir(), 'heph-load-'));
  const sandboxTemp = join(root, 'tmp');
  mkdirSync(sandboxTemp);
  const previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = sandboxTemp;
  try {
    const sandbox = createSandbox({ bwrap: 'auto' });
    const before = leakSnapshot(sandboxTemp);
    const byStatus: Record<string, number> = {};
    const byKind: Record<string, Record<string, number>> = {};
    const start = performance.now();
    await inParallel(Array.from({ length: candidates }, (_, i) => i), width, async (index) => {
      const kind = kindAt(index, candidates);
      const staging = join(root, `candidate-${index}`);
      mkdirSync(staging);
      const modulePath = join(staging, 'candidate.mjs');
      writeFileSync(modulePath, kind.source(index));
      const evaluation = await sandbox.evaluate({ modulePath, evaluator: { kind: 'examples', cases: CASES }, limits: LIMITS });
      rmSync(staging, { recursive: true, force: true });
      byStatus[evaluation.status] = (byStatus[evaluation.status] ?? 0) + 1;
      const tally = (byKind[kind.name] ??= {});
      tally[evaluation.status] = (tally[evaluation.status] ?? 0) + 1;
    });
    const wallMs = performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return { candidates, width, wallMs, byStatus, byKind, before, after: leakSnapshot(sandboxTemp), sandbox: sandbox.name };
  } finally {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
    rmSync(root, { recursive: true, force: true });
  }
}
