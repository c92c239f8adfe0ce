import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

/** The default report path: bench/results/psb-<date>-<problems>.md, shortened when many problems run. */
export function defaultReportPath(resultsDir: string, problems: string[], now: Date): string {
  const date = now.toISOString().slice(0, 16).replace(':', '');
  const names = problems.length <= 4 ? problems.join('_') : `${problems.slice(0, 3).join('_')}-and-${problems.length - 3}-more`;
  return join(resultsDir, `psb-${date}-${names}.md`);
}

/** The whole markdown report: how it was produced (command, budget, machine) and the table. */
export function reportText(command: string, settings: { runs: number; evaluations: number; seed: number; data: string }, table: string, now: Date): string {
  const cpu = cpus();
  return [
    `# PSB benchmark, ${now.toISOString()}`,
    '',
    `Command: \`${command}\``,
    '',
    `Data: ${settings.data}; ${settings.runs} run(s) per problem with seeds ${settings.seed}..${settings.seed + settings.runs - 1}; ` +
      `budget ${settings.evaluations} program executions per run. Success = all train and all test cases pass.`,
    `Machine: ${cpu.length} core(s) (${cpu[0]?.model ?? 'unknown CPU'}), Node ${process.version}; ` +
      `load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) when written, so other work shared the cores.`,
    '',
    table,
    '',
  ].join('\n');
}
