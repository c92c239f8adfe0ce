import { resolve } from 'node:path';
import { Command } from 'commander';
import { positive } from './positive-option.js';
import { enumeratePrograms } from '../src/synthesis/enumerate-programs.js';
import { SEED_CASES, seedCandidates, seedLimits } from '../src/synthesis/enumeration-seeds.js';
import { outputError } from '../src/synthesis/bank-seeds.js';
import { GpContext } from '../src/programs/gp-context.js';
import { printNode } from '../src/programs/print-program.js';
import { Rng } from '../src/util/rng.js';
import { psbGoal } from './autonomous/write-psb-directive.js';
import { loadPsbProblem } from './psb/load-psb-problem.js';

const program = new Command()
  .name('bench:enumeration-reach')
  .description(
    "Runs the seed enumeration alone, with the limits a run of --budget executions gives it, on 12 train cases per sample, and says whether it reaches an expression exact on them (the probe behind bench/results/psb2-60m-forge-round5.md, -round6.md and -round7.md)",
  )
  .option('--data <dir>', 'PSB-layout data directory', '../shared/bench/psb2')
  .option('--problems <list>', 'comma-separated problems', 'square-digits')
  .option('--budget <n>', "a run's execution budget (the enumeration gets its share)", positive('--budget'), 60_000_000)
  .option('--samples <list>', 'comma-separated seeds drawing the 12 cases from the train set (0: the first 12)', '0')
  .option('--goal', "give the problem the goal text `bench:psb --via forge` gives its directive (the constant miner reads it)")
  .parse();
const opts = program.opts<{ data: string; problems: string; budget: number; samples: string; goal?: boolean }>();
const limits = seedLimits(seedCandidates(opts.budget, SEED_CASES));
console.log(`limits: ${JSON.stringify(limits)}`);
for (const name of opts.problems.split(',').map((p) => p.trim()).filter(Boolean)) {
  const problem = { ...loadPsbProblem(resolve(opts.data), name), ...(opts.goal && { goal: psbGoal(name) }) };
  const ctx = new GpContext(problem);
  for (const sample of opts.samples.split(',').map(Number)) {
    const cases = (sample === 0 ? problem.train : new Rng(sample).shuffled([...problem.train])).slice(0, SEED_CASES);
    const type = ctx.returns[0];
    let exact: string | undefined;
    const started = performance.now();
    const { bank, executions } = enumeratePrograms(ctx, cases, limits, (f) => {
      if (ctx.returns.length !== 1 || f.node.type !== type || outputError(f, cases, 0, type) !== 0) return false;
      exact = printNode(ctx, f.node, false, new Set());
      return true;
    });
    const kept = [...bank.values()].reduce((n, list) => n + list.length, 0);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const heap = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
    console.log(`${name} sample ${sample}: ${seconds} s, ${executions / cases.length} candidates, kept ${kept}, heap ${heap} MB, exact on these cases: ${exact ?? '—'}`);
  }
}
