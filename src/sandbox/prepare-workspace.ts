import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { SandboxJob } from './sandbox.js';
import { moduleSourceText, type TranspileCache } from './module-source-text.js';

/** Settings every runner job carries: per-call time, value size, the candidate isolate's memory and isolated-vm's path. */
interface RunnerSettings {
  caseTimeoutMs: number;
  maxValueBytes: number;
  memoryMb: number;
  /** Real path of the isolated-vm package the runner loads the candidate with. */
  isolatedVm: string;
}

/** The job as the runner reads it from its stdin: inputs only, never the expected outputs. */
export type RunnerJob = RunnerSettings &
  ({ kind: 'examples'; train: unknown[][]; test: unknown[][] } | { kind: 'tests'; tests: { file: string; name: string }[] } | { kind: 'script'; script: string });

/** The per-evaluation directories: `harness` (read-only to the runner) and `scratch` (its only writable place). */
export interface Workspace {
  dir: string;
  harness: string;
  scratch: string;
  runnerJob: RunnerJob;
  /** Removes every file of this evaluation. */
  cleanup(): Promise<void>;
}

/** Creates a fresh workspace and writes the directive's tests or evaluator into it as importable ES modules. */
export async function prepareWorkspace(job: SandboxJob, settings: RunnerSettings & { cache: TranspileCache }): Promise<Workspace> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'hephaestus-sandbox-')));
  const cleanup = (): Promise<void> => rm(dir, { recursive: true, force: true, maxRetries: 3 });
  try {
    const harness = join(dir, 'harness');
    const scratch = join(dir, 'scratch');
    await Promise.all([mkdir(harness), mkdir(scratch)]);
    const { cache, ...common } = settings;
    const ev = job.evaluator;
    let runnerJob: RunnerJob;
    if (ev.kind === 'examples') {
      runnerJob = { kind: 'examples', train: ev.cases.train.map((c) => c.inputs), test: ev.cases.test.map((c) => c.inputs), ...common };
    } else if (ev.kind === 'tests') {
      const tests = await Promise.all(
        ev.files.map(async (file, index) => {
          const target = join(harness, `${index}-${basename(file, extname(file))}.mjs`);
          await writeFile(target, await moduleSourceText(file, 'evaluator.files', cache));
          return { file: target, name: basename(file, extname(file)) };
        }),
      );
      runnerJob = { kind: 'tests', tests, ...common };
    } else {
      const target = join(harness, 'evaluator.mjs');
      await writeFile(target, await moduleSourceText(ev.module, 'evaluator.module', cache));
      runnerJob = { kind: 'script', script: target, ...common };
    }
    return { dir, harness, scratch, runnerJob, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
