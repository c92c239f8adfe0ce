import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { SandboxJob } from './sandbox.js';
import { moduleSourceText, type TranspileCache } from './module-source-text.js';

/** The job as the runner receives it over IPC: inputs only, never the expected outputs. */
export type RunnerJob =
  | { kind: 'examples'; train: unknown[][]; test: unknown[][]; caseTimeoutMs: number; maxValueBytes: number }
  | { kind: 'tests'; tests: { file: string; name: string }[]; caseTimeoutMs: number; maxValueBytes: number }
  | { kind: 'script'; script: string; caseTimeoutMs: number; maxValueBytes: number };

/** The per-evaluation directories: `harness` (read-only to the candidate) and `scratch` (its only writable place). */
export interface Workspace {
  dir: string;
  harness: string;
  scratch: string;
  runnerJob: RunnerJob;
  /** Removes every file of this evaluation. */
  cleanup(): Promise<void>;
}

/** Creates a fresh workspace and writes the directive's tests or evaluator into it as importable ES modules. */
export async function prepareWorkspace(
  job: SandboxJob,
  settings: { caseTimeoutMs: number; maxValueBytes: number; cache: TranspileCache },
): Promise<Workspace> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'hephaestus-sandbox-')));
  const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true, maxRetries: 3 });
  try {
    const harness = join(dir, 'harness');
    const scratch = join(dir, 'scratch');
    await Promise.all([mkdir(harness), mkdir(scratch)]);
    const common = { caseTimeoutMs: settings.caseTimeoutMs, maxValueBytes: settings.maxValueBytes };
    const ev = job.evaluator;
    let runnerJob: RunnerJob;
    if (ev.kind === 'examples') {
      runnerJob = { kind: 'examples', train: ev.cases.train.map((c) => c.inputs), test: ev.cases.test.map((c) => c.inputs), ...common };
    } else if (ev.kind === 'tests') {
      const tests = await Promise.all(
        ev.files.map(async (file, index) => {
          const target = join(harness, `${index}-${basename(file, extname(file))}.mjs`);
          await writeFile(target, await moduleSourceText(file, 'evaluator.files', settings.cache));
          return { file: target, name: basename(file, extname(file)) };
        }),
      );
      runnerJob = { kind: 'tests', tests, ...common };
    } else {
      const target = join(harness, 'evaluator.mjs');
      await writeFile(target, await moduleSourceText(ev.module, 'evaluator.module', settings.cache));
      runnerJob = { kind: 'script', script: target, ...common };
    }
    return { dir, harness, scratch, runnerJob, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
