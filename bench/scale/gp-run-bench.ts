import { cpus, loadavg } from 'node:os';
import { startTestRedis } from '../../tests/support/redis-server.js';
import { gpRunRate, type GpRun } from './gp-run-rate.js';
import { startWorkerFleet } from './worker-fleet.js';

/**
 * GP executions per second through the product path: `hephaestus run` of the offline engine in process, then with
 * `--redis` on 1, 2, … worker processes (its island epochs on the workers). Returns the markdown report.
 */
export async function benchGpRuns(fleets: number[], concurrency: number, islands: number, cycles: number): Promise<string> {
  const gp = { population: 1000, generations_per_cycle: 10, migration_interval: 5, islands };
  const loadBefore = loadavg();
  const rows: Array<{ where: string; run: GpRun }> = [{ where: 'in process (island threads)', run: gpRunRate(gp, cycles) }];
  console.error(`in process: ${JSON.stringify(rows[0].run)}`);
  const redis = await startTestRedis();
  try {
    for (const count of fleets) {
      const fleet = await startWorkerFleet(redis.url, count, concurrency);
      try {
        rows.push({ where: `run --redis, ${count} worker process(es) × ${concurrency}`, run: gpRunRate(gp, cycles, redis.url) });
        console.error(`${count} workers: ${JSON.stringify(rows.at(-1)?.run)}`);
      } finally {
        await fleet.stop();
      }
    }
  } finally {
    await redis.dispose();
  }
  const rate = (r: GpRun): number => (r.executions / r.wallMs) * 1000;
  const base = rate(rows[0].run);
  return [
    '# Scale-out of the offline engine: `hephaestus run` in process against `run --redis` on worker processes',
    '',
    `Command: \`npm run bench:scale -- ${process.argv.slice(2).join(' ')}\` on ${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} cores, load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')} before and ${loadavg().map((l) => l.toFixed(1)).join(' ')} after. The machine is shared with other work: one short measurement, read the ratios with that in mind.`,
    '',
    `Each row is one \`hephaestus run\` of the unsolvable fixture \`tests/fixtures/hard\` (seed 1, ${cycles} cycles, gp ${JSON.stringify(gp)}); executions are the run's charged program executions (the same in every row: the scaled-out search is the in-process one), the time is the whole command's wall time (start-up, search, candidate evaluations).`,
    '',
    '| where | executions | wall s | GP executions/s | ratio to in process |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.where} | ${r.run.executions} | ${(r.run.wallMs / 1000).toFixed(1)} | ${Math.round(rate(r.run))} | ${(rate(r.run) / base).toFixed(2)} |`),
    '',
  ].join('\n');
}
