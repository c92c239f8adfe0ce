// One PSB run through the forge with a fingerprint of its search, to check that a speed change leaves the search alone:
// `npx tsx bench/forge-fingerprint.ts --data DIR --problem NAME [--evaluations E] [--seed S]` prints one JSON line.
// The score's timing tie-breaker (median_call_ms) is weighted 0: with it, parent choice among ties follows the load.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { openRegistry, startRun } from '../src/index.js';
import { writePsbDirective } from './autonomous/write-psb-directive.js';

const options = new Command()
  .requiredOption('--data <dir>', 'directory holding one sub-directory per problem')
  .requiredOption('--problem <name>', 'problem directory name')
  .option('--evaluations <n>', 'budget in program executions', (t) => Number.parseInt(t, 10), 2_000_000)
  .option('--seed <n>', 'run seed', (t) => Number.parseInt(t, 10), 7)
  .parse()
  .opts<{ data: string; problem: string; evaluations: number; seed: number }>();

const digest = (lines: string[]): string => createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
const workDir = mkdtempSync(join(tmpdir(), 'heph-fingerprint-'));
try {
  mkdirSync(join(workDir, 'config'), { recursive: true });
  writeFileSync(join(workDir, 'config', 'forge_config.json'), JSON.stringify({ gp: { max_executions: options.evaluations }, scoring: { median_call_ms: 0 } }));
  const file = writePsbDirective(options.data, options.problem, join(workDir, 'directives'));
  const cpu = process.cpuUsage();
  const started = performance.now();
  const outcome = await startRun({ workDir, directiveFiles: [file], engine: 'gp', seed: options.seed, handleSignals: true, log: () => undefined });
  const wallS = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuS = (used.user + used.system) / 1e6;
  const registry = openRegistry(workDir);
  const executions = registry.getRun(outcome.runId)?.checkpoint[`${options.problem}.executions`] ?? 0;
  const candidates = registry.listCandidates({ directiveId: options.problem }).map((c) => `${c.cycle}:${c.hash}:${c.score.toFixed(9)}`);
  const generations = registry.listEvents({ runId: outcome.runId, kind: 'gp-generation', limit: 1_000_000 }).map((e) => JSON.stringify(e.data));
  registry.close();
  const directive = outcome.directives.find((d) => d.id === options.problem);
  const fingerprint = { candidates: candidates.length, candidatesDigest: digest(candidates), generations: generations.length, generationsDigest: digest(generations) };
  const rate = Math.round(executions / cpuS);
  console.log(JSON.stringify({ executions, cycles: directive?.cycles, solved: directive?.solved, ...fingerprint, wallS: +wallS.toFixed(1), cpuS: +cpuS.toFixed(2), executionsPerCpuS: rate }));
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
