import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { applyEscapeChecks } from './escape/apply-escape-checks.js';
import { createCanaries } from './escape/canary-set.js';
import type { Evaluation } from '../scoring/evaluation.js';
import { assembleEvaluation } from './assemble-evaluation.js';
import { bwrapPath } from './bwrap-available.js';
import { locateExecutable } from './locate-executable.js';
import { prepareWorkspace } from './prepare-workspace.js';
import { runSandboxedProcess } from './run-sandboxed-process.js';
import { sandboxCommand } from './sandbox-command.js';
import type { Sandbox, SandboxJob } from './sandbox.js';

/** How a sandbox is built: whether bubblewrap is used, and ceilings applied on top of each job's limits. */
export interface SandboxOptions {
  /** auto: use bwrap when it works, else warn loudly once; required: error without it; off: permission model only. */
  bwrap: 'auto' | 'required' | 'off';
  /** Ceiling on captured stdout/stderr bytes; the smaller of this and the job's limit applies. */
  maxOutputBytes?: number;
  /** Time allowed to one async call (or one test) before it fails; default 2000 ms. */
  caseTimeoutMs?: number;
  /** Extra read-only paths, e.g. the project's node_modules so candidates can import the directive's allowed packages. */
  readPaths?: string[];
}

const RUNNER_DIR = realpathSync(fileURLToPath(new URL('./runner/', import.meta.url)));
const RUNNER_FILE = `${RUNNER_DIR}/candidate-runner.mjs`;
// A single returned value larger than this is scored as unreadable rather than shipped to the parent.
const MAX_VALUE_BYTES = 1_000_000;
const SAFE_PATH = '/usr/local/bin:/usr/bin:/bin';

// One warning per process is enough to be seen and few enough not to drown a forge run's log.
let warnedNoBwrap = false;

function warnNoBwrap(): void {
  if (warnedNoBwrap) return;
  warnedNoBwrap = true;
  process.stderr.write(
    '\n!!! HEPHAESTUS SANDBOX WARNING: bubblewrap (bwrap) is not usable here, so candidates run under the Node permission\n' +
      '!!! model only: NO network isolation and no filesystem namespace. Install it (apt-get install bubblewrap) or set\n' +
      '!!! sandbox.require_bwrap: true to make this an error.\n\n',
  );
}

function isolationLayers(bwrap: boolean, prlimit: boolean, setpriv: boolean): string[] {
  return [
    ...(bwrap ? ['bubblewrap: read-only root, private /tmp, no network (all namespaces unshared), new session, dies with parent'] : []),
    'node permission model: reads limited to runner, candidate staging dir and harness files; writes only to a fresh scratch dir; no child processes, workers, addons or inspector',
    'frozen intrinsics and locked globals; node:assert frozen and v8 heap snapshots disabled before the candidate loads',
    'V8 heap limit (--max-old-space-size = memoryMb)',
    ...(prlimit ? ['address-space limit (prlimit --as = memoryMb + 1536 MB)'] : []),
    'scrubbed environment (PATH, HOME=scratch, LANG=C and decoy API keys only)',
    'canaries: decoy keys and files (~/.ssh/id_rsa, ~/.env, ~/.hephaestus/registry.db); a read or leak is an escape-attempt note',
    'wall timeout: the whole process group is killed',
    ...(setpriv ? ['killed if the parent dies (setpriv --pdeathsig KILL)'] : []),
    'capped stdout/stderr',
    'results only over an HMAC-authenticated IPC channel ending in a done message; stdout and exit codes never count',
  ];
}

/** Builds the sandbox for the test stage: bubblewrap + the Node permission model, or the permission model alone. */
export function createSandbox(options: SandboxOptions): Sandbox {
  const bwrap = options.bwrap === 'off' ? undefined : bwrapPath();
  if (!bwrap && options.bwrap === 'required') {
    throw new HephaestusError('SANDBOX_FAILURE', 'bubblewrap (bwrap) is required by the configuration but is not usable here; install it with `apt-get install bubblewrap`');
  }
  if (!bwrap && options.bwrap === 'auto') warnNoBwrap();
  const prlimit = locateExecutable('prlimit');
  const setpriv = locateExecutable('setpriv');
  const caseTimeoutMs = options.caseTimeoutMs ?? 2_000;
  const cache = new Map<string, string>();
  const readPaths = (options.readPaths ?? []).map((path) => {
    try {
      return realpathSync(path);
    } catch (error) {
      throw new HephaestusError('SANDBOX_FAILURE', `sandbox read path ${path} does not exist`, { file: path, cause: error });
    }
  });

  async function evaluate(job: SandboxJob): Promise<Evaluation> {
    let modulePath: string;
    try {
      modulePath = realpathSync(job.modulePath);
    } catch (error) {
      throw new HephaestusError('SANDBOX_FAILURE', `candidate module ${job.modulePath} cannot be read`, { file: job.modulePath, cause: error });
    }
    const workspace = await prepareWorkspace(job, { caseTimeoutMs, maxValueBytes: MAX_VALUE_BYTES, cache });
    try {
      const canaries = createCanaries(workspace.scratch);
      const key = randomBytes(32);
      const command = sandboxCommand({
        bwrap,
        prlimit,
        setpriv,
        runnerFile: RUNNER_FILE,
        modulePath,
        reads: [RUNNER_DIR, dirname(modulePath), workspace.harness, ...readPaths, ...canaries.readPaths],
        scratch: workspace.scratch,
        memoryMb: job.limits.memoryMb,
      });
      const outcome = await runSandboxedProcess({
        ...command,
        cwd: workspace.scratch,
        env: { ...canaries.env, PATH: SAFE_PATH, HOME: workspace.scratch, LANG: 'C' },
        firstMessage: { key: [...key], job: workspace.runnerJob },
        key,
        timeoutMs: job.limits.timeoutMs,
        memoryMb: job.limits.memoryMb,
        maxOutputBytes: Math.min(job.limits.maxOutputBytes, options.maxOutputBytes ?? Number.POSITIVE_INFINITY),
      });
      return applyEscapeChecks(assembleEvaluation(job, outcome), canaries.inspect(outcome));
    } finally {
      await workspace.cleanup();
    }
  }

  return { name: bwrap ? 'bwrap+permission' : 'permission', isolation: isolationLayers(bwrap !== undefined, prlimit !== undefined, setpriv !== undefined), evaluate };
}
