import { PUSHGP_DOWNSAMPLED } from './pushgp-reference.js';
import type { ProblemSummary } from './summarize-runs.js';

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/** 12345678 -> "12.3M", for columns of large counts. */
function count(n: number | undefined): string {
  if (n === undefined) return '—';
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return String(Math.round(n));
}

function seconds(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** The markdown results table, one row per problem, with PushGP's down-sampled reference where one is known. */
export function resultsTable(rows: ProblemSummary[]): string {
  const header = [
    '| problem | types | successes | 95% Wilson | median executions to solution | median wall time | executions/s | executions run/s | peak RSS | median body lines | overfit | ended by | PushGP down-sampled /100 |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const body = rows.map((r) => {
    const reference = PUSHGP_DOWNSAMPLED[r.problem];
    return [
      r.problem,
      r.types,
      `${r.successes}/${r.runs}`,
      `${percent(r.interval.low)}–${percent(r.interval.high)}`,
      count(r.medianExecutionsToSolution),
      seconds(r.medianWallMs),
      count(r.executionsPerSecond),
      count(r.executionsRunPerSecond),
      `${Math.round(r.peakRssBytes / 2 ** 20)} MB`,
      r.medianBodyLines === undefined ? '—' : String(r.medianBodyLines),
      r.overfit.trainPerfect === 0 ? '—' : `${r.overfit.failedTest}/${r.overfit.trainPerfect}`,
      r.endedBy.map(([cause, n]) => `${cause} ${n}`).join(', '),
      reference === undefined ? '—' : String(reference),
    ].join(' | ');
  });
  return [...header, ...body.map((line) => `| ${line} |`)].join('\n');
}
