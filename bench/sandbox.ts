// Startup cost of the test stage: median wall time of one sandboxed evaluation of a trivial candidate with 200 cases,
// for each sandbox variant, written to bench/results/sandbox.md. Run: npx tsx bench/sandbox.ts [--runs N]
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bwrapAvailable } from '../src/sandbox/bwrap-available.js';
import { createSandbox } from '../src/sandbox/create-sandbox.js';
import type { Sandbox, SandboxJob } from '../src/sandbox/sandbox.js';
import { writeFileAtomic } from '../src/util/atomic-write.js';

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 21;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/** CPU milliseconds of this process's reaped children (and theirs): the sandboxed processes' cost, load-independent. */
function childrenCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

async function timeRuns(sandbox: Sandbox, job: SandboxJob, cases: number): Promise<{ median: number; min: number; cpu: number }> {
  const times: number[] = [];
  const cpuBefore = childrenCpuMs();
  const parentBefore = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const evaluation = await sandbox.evaluate(job);
    times.push(performance.now() - start);
    if (!evaluation.solved || evaluation.train.passed !== cases) throw new Error(`benchmark candidate not solved: ${JSON.stringify(evaluation)}`);
  }
  const parent = process.cpuUsage(parentBefore);
  const cpu = (childrenCpuMs() - cpuBefore + (parent.user + parent.system) / 1000) / RUNS;
  return { median: median(times), min: Math.min(...times), cpu };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hephaestus-bench-sandbox-'));
  try {
    const modulePath = join(dir, 'candidate.mjs');
    writeFileSync(modulePath, 'export default function add(a, b) { return a + b; }\n');
    const limits = { timeoutMs: 30_000, memoryMb: 256, maxOutputBytes: 65_536 };
    const jobWith = (cases: number): SandboxJob => ({
      modulePath,
      evaluator: { kind: 'examples', cases: { train: Array.from({ length: cases }, (_, i) => ({ inputs: [i, i], outputs: [2 * i] })), test: [] } },
      limits,
    });
    const variants: [string, Sandbox][] = [['permission only', createSandbox({ bwrap: 'off', allowUntrustedWithoutBwrap: true })]];
    if (bwrapAvailable()) variants.unshift(['bubblewrap + permission', createSandbox({ bwrap: 'required' })]);
    const rows: string[] = [];
    for (const [name, sandbox] of variants) {
      await sandbox.evaluate(jobWith(1));
      const with200 = await timeRuns(sandbox, jobWith(200), 200);
      const with1 = await timeRuns(sandbox, jobWith(1), 1);
      const with2200 = await timeRuns(sandbox, jobWith(2200), 2200);
      // Processes inside bubblewrap's pid namespace are reaped there, so their CPU never reaches our accounting.
      const cpu = (ms: number): string => (name.startsWith('bubblewrap') ? 'n/a' : ms.toFixed(0));
      const cells = [with200.median.toFixed(0), with200.min.toFixed(0), cpu(with200.cpu), with1.median.toFixed(0), cpu(with1.cpu), with2200.median.toFixed(0), cpu(with2200.cpu)];
      rows.push(`| ${name} | ${cells.join(' | ')} |`);
      console.log(rows[rows.length - 1]);
    }
    const report = [
      '# Sandbox startup cost',
      '',
      `Median wall time of one \`Sandbox.evaluate\` of a trivial candidate (\`(a, b) => a + b\`), ${RUNS} sequential runs each,`,
      'measured from the call to the returned Evaluation (workspace, spawn, runner start-up, cases, kill, clean-up).',
      'CPU ms is the mean CPU time per evaluation of the sandboxed processes plus the parent, which does not depend on',
      'machine load the way wall time does (other jobs shared these 2 cores); n/a under bubblewrap, whose pid namespace',
      'reaps the sandboxed processes out of our accounting (expect the permission-only figure plus a few ms for bwrap).',
      '',
      '| variant | 200 cases: median wall ms | min wall ms | CPU ms | 1 case: median wall ms | CPU ms | 2200 cases (PSB2 size): median wall ms | CPU ms |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `Machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average at the end ${loadavg()[0].toFixed(2)}.`,
      `Command: \`npx tsx bench/sandbox.ts --runs ${RUNS}\` (${new Date().toISOString()}).`,
      '',
    ].join('\n');
    writeFileAtomic(join(import.meta.dirname, 'results', 'sandbox.md'), report);
    console.log(report);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
