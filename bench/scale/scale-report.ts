import { cpus } from 'node:os';
import type { GpRun } from './gp-run-rate.js';

/** One configuration's measurements: evaluations/s (absent with --gp-run) and its `hephaestus run` of the offline engine. */
export interface ScaleRow {
  where: string;
  evalPerS?: number;
  gp: GpRun;
}

/** What bench:scale measured and under which conditions, for its markdown report. */
export interface ScaleMeasurements {
  rows: ScaleRow[];
  loadBefore: number[];
  loadAfter: number[];
  evaluations: number;
  concurrency: number;
  gp: object;
  cycles: number;
  /** The queue's round trip per job and the jobs/s one controller and Redis sustain (absent with --gp-run). */
  queue?: { overheadMs: number; ceiling: number };
}

/** The markdown report of bench:scale: the command, the load, one table with ratios to the in-process row. */
export function scaleReport(m: ScaleMeasurements): string {
  const base = m.rows[0];
  const gpRate = (r: ScaleRow): number => (r.gp.executions / r.gp.wallMs) * 1000;
  const evalColumns = m.queue !== undefined;
  const cell = (r: ScaleRow): string[] => [
    ...(evalColumns ? [(r.evalPerS ?? 0).toFixed(2), ((r.evalPerS ?? 0) / (base.evalPerS ?? 1)).toFixed(2)] : []),
    (r.gp.wallMs / 1000).toFixed(1),
    String(Math.round(gpRate(r))),
    (gpRate(r) / gpRate(base)).toFixed(2),
  ];
  const header = [...(evalColumns ? ['evaluations/s', 'ratio to in process'] : []), 'GP run wall s', 'GP executions/s', 'ratio to in process'];
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
  return [
    '# Scale-out: in process against worker processes on loopback Redis',
    '',
    `Command: \`npm run bench:scale -- ${process.argv.slice(2).join(' ')}\` on ${new Date().toISOString().slice(0, 16)}Z, ${cpus().length} cores, load average ${load(m.loadBefore)} before and ${load(m.loadAfter)} after (the machine is shared: ratios, not absolute rates, are the result).`,
    '',
    ...(evalColumns
      ? [`Evaluations: ${m.evaluations} distinct candidates (build, sandboxed test on 40 cases, score), ${m.concurrency} at a time in process and per worker process, up to 64 on the queue.`, '']
      : []),
    `GP: each row is one \`hephaestus run\` of the unsolvable fixture \`tests/fixtures/hard\` (seed 1, ${m.cycles} cycles, gp ${JSON.stringify(m.gp)}), in process (island threads) or with \`--redis\` (island steps and evaluations on the workers). ` +
      `Every row charged the same ${base.gp.executions} executions (checked: the scaled-out search is the in-process one); the wall time is the whole command's (start-up, search, candidate evaluations).`,
    '',
    `| where | ${header.join(' | ')} |`,
    `|---|${header.map(() => '---|').join('')}`,
    ...m.rows.map((r) => `| ${r.where} | ${cell(r).join(' | ')} |`),
    '',
    ...(m.queue
      ? [
          `Queue overhead per job (a job doing nothing, dispatched and awaited one at a time): **${m.queue.overheadMs.toFixed(2)} ms**. ` +
            `With 32 in flight, one controller and this Redis complete **${m.queue.ceiling.toFixed(0)} jobs/s** (a worker doing nothing, in the bench process).`,
          '',
        ]
      : []),
  ].join('\n');
}
