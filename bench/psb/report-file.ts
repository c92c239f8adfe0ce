import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

/** The default report path: bench/results/psb-<date>-<problems>.md, shortened when many problems run. */
export function defaultReportPath(resultsDir: string, problems: string[], now: Date): string {
  const date = now.toISOString().slice(0, 16).replace(':', '');
  const names = problems.length <= 4 ? problems.join('_') : `${problems.slice(0, 3).join('_')}-and-${problems.length - 3}-more`;
  return join(resultsDir, `psb-${date}-${names}.md`);
}

/** The whole markdown report: how it was produced (command, budget, machine) and the table. */
export function reportText(command: string, settings: { runs: number; evaluations: number; seed: number; data: string; via: string }, table: string, now: Date): string {
  const cpu = cpus();
  return [
    `# PSB benchmark, ${now.toISOString()}`,
    '',
    `Command: \`${command}\``,
    '',
    `Data: ${settings.data}; ${settings.runs} run(s) per problem with seeds ${settings.seed}..${settings.seed + settings.runs - 1}; ` +
      `budget ${settings.evaluations} program executions per run. Success = all train and all test cases pass.`,
    settings.via === 'forge'
      ? 'Via: forge — each run is the CLI `hephaestus run --engine gp --seed S` in its own child process and a fresh project with `gp.max_executions` = the budget ' +
        '(forge loop, sandbox, registry, custodian); solved = promoted as solved; peak RSS = the child\'s whole process tree (threads and spawned processes), sampled every 200 ms.'
      : 'Via: core — each run calls the GP core (runGp) directly in the benchmark process; peak RSS = that process\'s high-water mark, reset at each run.',
    'Median body lines: non-blank lines of the solutions\' function body. Overfit: runs whose best program passed every train case and failed a test case / runs that reached train-perfect.',
    `Machine: ${cpu.length} core(s) (${cpu[0]?.model ?? 'unknown CPU'}), Node ${process.version}; ` +
      `load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) when written, so other work shared the cores.`,
    '',
    table,
    '',
  ].join('\n');
}
