import type { TargetCost, TransferCondition } from './measure-transfer.js';

/** The measurements of one family: each seed's cost in every condition. */
export interface FamilyResult {
  family: string;
  target: string;
  seeds: { seed: number; costs: Record<TransferCondition, TargetCost> }[];
}

const median = (values: number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const fmt = (n: number): string => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : '—');
const ratio = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(3) : '—');
// A run that did not solve counts what it spent, a lower bound of its cost; it is marked.
const cell = (c: TargetCost): string => `${fmt(c.executions)} (${c.cycles})${c.solved ? '' : ' ✗'}`;
const CONDITIONS: TransferCondition[] = ['scratch', 'memory', 'library'];

/** Per seed: executions with the library over executions without it (memory only); seeds where either spent nothing are left out. */
function libraryRatios(r: FamilyResult): number[] {
  return r.seeds.filter((s) => s.costs.memory.executions > 0).map((s) => s.costs.library.executions / s.costs.memory.executions);
}

/**
 * The markdown report: per family, solves and median program executions in each condition (scratch, memory only,
 * memory + library) and the median over seeds of the ratio library / memory only (below 1: the building blocks
 * helped); then every seed's numbers. With several families a last row gives the median ratio over all their seeds.
 */
export function transferTable(results: FamilyResult[]): string {
  const summary = results.map((r) => {
    const cost = (c: TransferCondition): TargetCost[] => r.seeds.map((s) => s.costs[c]);
    const solved = (c: TransferCondition): string => `${cost(c).filter((x) => x.solved).length}/${r.seeds.length}`;
    const med = (c: TransferCondition): string => fmt(median(cost(c).map((x) => x.executions)));
    const used = cost('library').filter((x) => x.usedLibrary).length;
    return `| ${r.family} | ${r.target} | ${CONDITIONS.map((c) => `${solved(c)} | ${med(c)}`).join(' | ')} | ${used}/${r.seeds.length} | ${median(libraryRatios(r)).toFixed(3)} |`;
  });
  const all = results.flatMap(libraryRatios);
  const overall = results.length > 1 ? [`| **all** | | | | | | | | | **${median(all).toFixed(3)}** |`] : [];
  const perSeed = results.flatMap((r) =>
    r.seeds.map(({ seed, costs }) => `| ${r.family} | ${seed} | ${CONDITIONS.map((c) => cell(costs[c])).join(' | ')} | ${costs.library.usedLibrary ? 'yes' : 'no'} | ${ratio(costs.library.executions, costs.memory.executions)} |`),
  );
  return [
    '| family | target | solved scratch | median exec. scratch | solved memory only | median exec. memory only | solved with library | median exec. with library | best uses a block | median ratio library / memory only |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...summary,
    ...overall,
    '',
    'Per seed (program executions, forge cycles in parentheses; ✗ = not solved within the cycles, what it spent):',
    '',
    '| family | seed | scratch | memory only | with library | best uses a block | ratio library / memory only |',
    '|---|---|---|---|---|---|---|',
    ...perSeed,
  ].join('\n');
}
