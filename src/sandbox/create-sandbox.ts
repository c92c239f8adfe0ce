import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { applyEscapeChecks } from './escape/apply-escape-checks.js';
import { blockInspectorSignal } from './escape/block-inspector-signal.js';
import { createCanaries } from './escape/canary-set.js';
import { resourceNotes } from './escape/resource-notes.js';
import type { Evaluation } from '../scoring/evaluation.js';
import { admitWithoutBwrap } from './admit-without-bwrap.js';
import { assembleEvaluation } from './assemble-evaluation.js';
import { assertRunnerStarted, endedBeforeReady } from './assert-runner-started.js';
import { bwrapPath } from './bwrap-available.js';
import { locateExecutable } from './locate-executable.js';
import type { Expectation } from './message-checker.js';
import { prepareWorkspace } from './prepare-workspace.js';
import { runSandboxedProcess } from './run-sandboxed-process.js';
import { sandboxCommand } from './sandbox-command.js';
import { writeSandboxPasswd } from './write-sandbox-passwd.js';
import type { CandidateTrust, Sandbox, SandboxJob } from './sandbox.js';

/** How a sandbox is built: whether bubblewrap is used, and ceilings applied on top of each job's limits. */
export interface SandboxOptions {
  /**
   * auto: use bwrap when it works; required: error without it; off: never (tests of the permission layer alone). Without
   * bwrap only the offline engine's whitelisted programs run, unless `allowUntrustedWithoutBwrap` (admit-without-bwrap.ts).
   */
  bwrap: 'auto' | 'required' | 'off';
  /** The user's explicit opt-in to run untrusted code under the permission model alone; warned loudly. */
  allowUntrustedWithoutBwrap?: boolean;
  /** Size of the writable scratch in MB (a tmpfs under bubblewrap; the per-file size limit either way); default 64. */
  scratchMb?: number;
  /** Ceiling on captured stdout/stderr bytes; the smaller of this and the job's limit applies. */
  maxOutputBytes?: number;
  /** Time allowed to one call of the candidate (or one test) before it fails; default 2000 ms. */
  caseTimeoutMs?: number;
}

const RUNNER_DIR = realpathSync(fileURLToPath(new URL('./runner/', import.meta.url)));
const RUNNER_FILE = `${RUNNER_DIR}/candidate-runner.mjs`;
// The runner loads isolated-vm by its real path, so the permission model and bubblewrap need grant only that directory.
const ISOLATED_VM = realpathSync(createRequire(import.meta.url).resolve('isolated-vm'));
// A single returned value larger than this is scored as unreadable rather than shipped to the parent.
const MAX_VALUE_BYTES = 65_536;
// The result channel's caps: the largest frame an honest runner writes is a plan of 1000 long test names.
const CHANNEL = { maxFrameBytes: 4 * 1024 * 1024, maxTotalBytes: 64 * 1024 * 1024 };
const SAFE_PATH = '/usr/local/bin:/usr/bin:/bin';

function isolationLayers(bwrap: boolean, prlimit: boolean, setpriv: boolean, caseTimeoutMs: number, scratchMb: number): string[] {
  return [
    ...(bwrap
      ? [
          'bubblewrap: only the system directories node needs, the runner, isolated-vm, staging and harness read-only; no host socket; ' +
            `scratch a ${scratchMb} MB tmpfs; no network (all namespaces unshared, no nested user namespaces), new session, dies with parent`,
        ]
      : ['no bubblewrap: only the offline engine\'s whitelisted programs run, unless untrusted code was explicitly allowed']),
    'candidate in its own V8 isolate (isolated-vm): JavaScript built-ins only, no imports, no WebAssembly or shared memory; only copies of plain values reach the judge',
    `isolate memory limit (memoryMb) and a per-call time limit of ${caseTimeoutMs} ms`,
    'node permission model: reads limited to runner, isolated-vm, candidate staging dir and harness files; writes only to a fresh scratch dir; no child processes, workers or inspector',
    'V8 heap limit of the judge (--max-old-space-size = memoryMb)',
    ...(prlimit ? [`address-space limit (prlimit --as = 2 × memoryMb + 2048 MB) and file-size limit (--fsize = ${scratchMb} MB)`] : []),
    'scrubbed environment (PATH, HOME=scratch, LANG=C and decoy API keys only)',
    'canaries: realistic decoy keys and files (~/.ssh/id_rsa, ~/.ssh/id_ed25519, ~/.env, ~/.hephaestus/registry.db); a read or leak is an escape-attempt note',
    'wall timeout: the whole process group is killed',
    ...(setpriv ? ['killed if the parent dies (setpriv --pdeathsig KILL)'] : []),
    'capped stdout/stderr',
    'results only over a pipe of length-capped frames, each validated in order, ending in a done message; stdout and exit codes never count',
  ];
}

/** The results the runner owes for a job, in order. */
function expectationOf(job: SandboxJob): Expectation {
  const ev = job.evaluator;
  return ev.kind === 'examples' ? { kind: 'examples', train: ev.cases.train.length, test: ev.cases.test.length } : { kind: ev.kind };
}

/** Builds the sandbox for the test stage: bubblewrap + the Node permission model, or the permission model alone. */
export function createSandbox(options: SandboxOptions): Sandbox {
  const bwrap = options.bwrap === 'off' ? undefined : bwrapPath();
  if (!bwrap && options.bwrap === 'required') {
    throw new HephaestusError('SANDBOX_FAILURE', 'bubblewrap (bwrap) is required by the configuration but is not usable here; install it with `apt-get install bubblewrap`');
  }
  // Without bubblewrap's pid namespace the candidate may signal us; SIGUSR1 must not open an inspector.
  if (!bwrap) blockInspectorSignal();
  const scratchMb = options.scratchMb ?? 64;
  const admit = (trust: CandidateTrust): void => {
    if (!bwrap) admitWithoutBwrap(trust, options.allowUntrustedWithoutBwrap === true);
  };
  const prlimit = locateExecutable('prlimit');
  const setpriv = locateExecutable('setpriv');
  const caseTimeoutMs = options.caseTimeoutMs ?? 2_000;
  const cache = new Map<string, string>();

  async function evaluate(job: SandboxJob): Promise<Evaluation> {
    admit(job.trust ?? 'untrusted');
    let modulePath: string;
    try {
      modulePath = realpathSync(job.modulePath);
    } catch (error) {
      throw new HephaestusError('SANDBOX_FAILURE', `candidate module ${job.modulePath} cannot be read`, { file: job.modulePath, cause: error });
    }
    const workspace = await prepareWorkspace(job, { caseTimeoutMs, maxValueBytes: MAX_VALUE_BYTES, memoryMb: job.limits.memoryMb, isolatedVm: ISOLATED_VM, cache });
    try {
      const canaries = await createCanaries(workspace.scratch);
      const command = sandboxCommand({
        bwrap,
        prlimit,
        setpriv,
        runnerFile: RUNNER_FILE,
        modulePath,
        reads: [RUNNER_DIR, dirname(ISOLATED_VM), dirname(modulePath), workspace.harness],
        decoys: canaries.readPaths,
        passwd: bwrap ? writeSandboxPasswd(workspace.dir, workspace.scratch) : undefined,
        scratch: workspace.scratch,
        scratchMb,
        memoryMb: job.limits.memoryMb,
      });
      const run = (): ReturnType<typeof runSandboxedProcess> => runSandboxedProcess({
        ...command,
        cwd: workspace.scratch,
        env: { ...canaries.env, PATH: SAFE_PATH, HOME: workspace.scratch, LANG: 'C' },
        input: JSON.stringify(workspace.runnerJob),
        expectation: expectationOf(job),
        channel: CHANNEL,
        timeoutMs: job.limits.timeoutMs,
        memoryMb: job.limits.memoryMb,
        maxOutputBytes: Math.min(job.limits.maxOutputBytes, options.maxOutputBytes ?? Number.POSITIVE_INFINITY),
      });
      let outcome = await run();
      // A runner that could not start may have met a passing fault (a spawn refused under load): once more, then the run fails.
      if (endedBeforeReady(outcome)) outcome = await run();
      assertRunnerStarted(outcome);
      const evaluation = assembleEvaluation(job, outcome, caseTimeoutMs);
      return applyEscapeChecks(evaluation, [...canaries.inspect(outcome), ...resourceNotes(evaluation, scratchMb)]);
    } finally {
      await workspace.cleanup();
    }
  }

  const isolation = isolationLayers(bwrap !== undefined, prlimit !== undefined, setpriv !== undefined, caseTimeoutMs, scratchMb);
  return { name: bwrap ? 'bwrap+permission' : 'permission', isolation, admit, evaluate };
}
