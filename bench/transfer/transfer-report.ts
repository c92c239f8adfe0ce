import type { TargetCost } from './measure-transfer.js';

/** The measurements of one family: each seed's cost from scratch and with transfer. */
export interface FamilyResult {
  family: string;
  target: string;
  scratch: TargetCost[];
  transfer: TargetCost[];
}

const median = (values: number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const fmt = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');

/**
 * The markdown table: solves and median program executions (all runs; an unsolved run counts what it spent) in each
 * condition, and the ratio transfer / scratch (below 1 means transfer needed fewer executions); with several families, a
 * last row sums the medians.
 */
export function transferTable(results: FamilyResult[]): string {
  const rows = results.map((r) => {
    const scratch = median(r.scratch.map((c) => c.executions));
    const transfer = median(r.transfer.map((c) => c.executions));
    const solved = (cs: typeof r.scratch): string => `${cs.filter((c) => c.solved).length}/${cs.length}`;
    const rejected = r.transfer.concat(r.scratch).reduce((sum, c) => sum + c.noveltyRejected, 0);
    const evaluations = r.transfer.concat(r.scratch).reduce((sum, c) => sum + c.evaluations, 0);
    return `| ${r.family} | ${r.target} | ${solved(r.scratch)} | ${fmt(scratch)} | ${solved(r.transfer)} | ${fmt(transfer)} | ${(transfer / scratch).toFixed(3)} | ${rejected} / ${evaluations + rejected} |`;
  });
  const scratchSum = results.reduce((sum, r) => sum + median(r.scratch.map((c) => c.executions)), 0);
  const transferSum = results.reduce((sum, r) => sum + median(r.transfer.map((c) => c.executions)), 0);
  const overall = results.length > 1 ? [`| **all** | | | ${fmt(scratchSum)} | | ${fmt(transferSum)} | **${(transferSum / scratchSum).toFixed(3)}** | |`] : [];
  return [
    '| family | target | solved from scratch | median executions from scratch | solved with transfer | median executions with transfer | ratio transfer / scratch | novelty-rejected / proposals reaching evaluation |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    ...overall,
  ].join('\n');
}
