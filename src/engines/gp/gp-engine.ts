import { readFileSync } from 'node:fs';
import { forgeConfigSchema, type ForgeConfig } from '../../config/config-schema.js';
import type { Directive } from '../../directive/directive.js';
import { loadExampleSet } from '../../directive/example-cases.js';
import type { MutationContext, MutationEngine, Proposal } from '../../mutation/mutation-engine.js';
import type { GpOptions, GpProblem, IslandState } from './gp-api.js';
import type { IslandExecutor } from './island-executor.js';
import type { Individual } from '../../programs/program-tree.js';
import { gpProblemFromDirective } from './gp-problem-from-directive.js';
import { gpProblemFromTests } from './gp-problem-from-tests.js';
import { loadableTestFiles } from '../../directive/test-files/loadable-test-files.js';
import { gpSignatureTypes } from './gp-signature-types.js';
import { blocksUsed } from '../../programs/library-primitives.js';
import { GpContext } from '../../programs/gp-context.js';
import { parseWithContext } from '../../programs/parse-program.js';
import { gpScriptProblem } from './gp-script-problem.js';
import { runGp } from './run-gp.js';
import { runScriptGp } from './run-script-gp.js';
import { timePhase } from '../../util/phase-times.js';
import { textHash } from '../../util/text-hash.js';

/** The offline engine's settings, as in the `gp` section of forge_config.json. */
export type GpEngineOptions = ForgeConfig['gp'];

/** The code of the candidates (and the directive's seed module) the engine can start from, parsed, and which parents they came from. */
function seedsOf(context: MutationContext, problem: GpProblem): { programs: string[]; trees: Individual[]; from: string[] } {
  const programs: string[] = [];
  const trees: Individual[] = [];
  const from: string[] = [];
  // One context for all: building one (and the parser's primitive patterns it caches) costs more than parsing a module.
  const ctx = new GpContext(problem);
  const offer = (code: string, id?: string): void => {
    const tree = programs.includes(code) ? undefined : parsed(code, ctx);
    if (!tree) return;
    programs.push(code);
    trees.push(tree);
    if (id !== undefined) from.push(id);
  };
  // Inspirations seed the population too, but lineage names only the select stage's parents.
  for (const candidate of context.parents) offer(candidate.code, candidate.id);
  for (const candidate of context.inspirations) offer(candidate.code);
  if (context.directive.seed !== undefined) offer(readFileSync(context.directive.seed, 'utf8'));
  return { programs, trees, from };
}

/** The module read back into the core's representation; code it cannot read (undefined) is simply not a seed. */
function parsed(code: string, ctx: GpContext): Individual | undefined {
  try {
    return parseWithContext(ctx, code);
  } catch {
    return undefined;
  }
}

/** Where a directive's population at the end of its last cycle is kept: a run's cycles continue one search rather than restart it. */
export function gpPopulationKey(directiveId: string): string {
  return `gp-population:${directiveId}`;
}

/** Where a directive's enumerated seeds are kept, so a later cycle's restarts use them without enumerating again. */
export function gpEnumeratedKey(directiveId: string): string {
  return `gp-enumerated:${directiveId}`;
}

/** What the enumeration's seeds depend on: the signature, the cases and the library (a new directive version, a block). */
function problemPrint(problem: GpProblem): number {
  return textHash(JSON.stringify([problem.params, problem.returns, problem.train, problem.tests ?? null, (problem.library ?? []).map((m) => m.code)]));
}

/** The kept seeds when they were enumerated for this same problem; otherwise none, and the engine enumerates again. */
function enumeratedFor(kept: unknown, problem: GpProblem): unknown[] | undefined {
  const entry = kept as { problem?: number; seeds?: unknown[] } | undefined;
  return entry?.problem === problemPrint(problem) ? entry.seeds : undefined;
}

/** Where a directive's islands' stagnation counts are kept, so restarts follow the search across cycles. */
export function gpIslandsKey(directiveId: string): string {
  return `gp-islands:${directiveId}`;
}

class GpEngine implements MutationEngine {
  readonly name = 'gp';

  constructor(
    private readonly options: GpEngineOptions,
    private readonly islandExecutor?: IslandExecutor,
  ) {}

  assertSupports(directive: Directive): void {
    gpSignatureTypes(directive);
    if (directive.evaluator.kind === 'tests') loadableTestFiles({ ...directive, evaluator: directive.evaluator });
  }

  async propose(context: MutationContext): Promise<Proposal[]> {
    this.assertSupports(context.directive);
    const { directive } = context;
    const library = context.library ?? [];
    // A script directive has no cases of its own: its evaluator scores whole programs (see run-script-gp.ts).
    const script = directive.evaluator.kind === 'script' ? gpScriptProblem(directive) : undefined;
    const base = await timePhase('gp:problem', async () =>
      script ?? (directive.evaluator.kind === 'tests' ? await gpProblemFromTests(directive) : gpProblemFromDirective(directive, context.examples ?? loadExampleSet(directive))),
    );
    const problem = { ...base, library };
    const seeds = await timePhase('gp:seeds', () => seedsOf(context, problem));
    const search = script ? (p: GpProblem, o: GpOptions) => runScriptGp({ ...script, ...p }, o) : runGp;
    const result = await timePhase('gp:run', () => search(
      { ...problem, seedPrograms: seeds.programs },
      {
        seed: context.seed,
        // A cycle spends what the run has left, never the whole per-run budget again (a run's last cycle would overshoot).
        maxExecutions: Math.min(this.options.max_executions, context.executionsLeft ?? Infinity),
        population: this.options.population,
        maxGenerations: this.options.generations_per_cycle,
        workers: this.options.workers,
        islands: this.options.islands,
        epochGenerations: this.options.migration_interval,
        migrants: this.options.migrants,
        restartAfter: this.options.restart_after,
        islandExecutor: this.islandExecutor,
        // Parsed once here; the code still travels in `seedPrograms` for scale-out workers, which parse it themselves.
        seedTrees: seeds.trees,
        signal: context.signal,
        carryOver: context.engineState[gpPopulationKey(context.directive.id)] as unknown[] | undefined,
        islandState: context.engineState[gpIslandsKey(context.directive.id)] as IslandState[] | undefined,
        enumerated: enumeratedFor(context.engineState[gpEnumeratedKey(context.directive.id)], problem),
        onGeneration: (summary) => context.recordEvent('gp-generation', { cycle: context.cycle, ...summary }),
        onRestart: (restart) => context.recordEvent('gp-island-restart', { cycle: context.cycle, ...restart }),
      },
    ));
    context.engineState[gpPopulationKey(context.directive.id)] = result.population;
    if (result.islandState) context.engineState[gpIslandsKey(context.directive.id)] = result.islandState;
    if (result.enumerated?.length) context.engineState[gpEnumeratedKey(context.directive.id)] = { problem: problemPrint(problem), seeds: result.enumerated };
    // The whole search cost goes on the first proposal, so summing proposals counts it once against the budget. Every
    // elite is printed from a program tree (seeds are parsed into one, never copied), so it calls whitelisted primitives only.
    return result.elites.slice(0, Math.max(1, context.count)).map((elite, i) => ({
      code: elite.code,
      parents: seeds.from,
      operator: 'gp:lexicase',
      executions: i === 0 ? result.executions : 0,
      uses: blocksUsed(elite.code, library).map(({ directiveId, candidateId }) => ({ directiveId, candidateId })),
      whitelisted: true,
      ...(i === 0 && result.solved && { passesAllCases: true }),
    }));
  }
}

/**
 * Creates the offline GP engine: each forge cycle runs `generations_per_cycle` generations seeded from the best
 * candidates. `islandExecutor` runs its islands elsewhere (scale-out workers); worker threads here by default.
 */
export function createGpEngine(options: Partial<GpEngineOptions> = {}, islandExecutor?: IslandExecutor): MutationEngine {
  return new GpEngine({ ...forgeConfigSchema.parse({}).gp, ...options }, islandExecutor);
}
