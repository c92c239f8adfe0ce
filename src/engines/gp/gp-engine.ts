import { readFileSync } from 'node:fs';
import { forgeConfigSchema, type ForgeConfig } from '../../config/config-schema.js';
import type { Directive } from '../../directive/directive.js';
import { loadExampleSet } from '../../directive/example-cases.js';
import { HephaestusError } from '../../errors/hephaestus-error.js';
import type { MutationContext, MutationEngine, Proposal } from '../../mutation/mutation-engine.js';
import type { GpOptions, GpProblem } from './gp-api.js';
import { gpProblemFromDirective } from './gp-problem-from-directive.js';
import { gpSignatureTypes } from './gp-signature-types.js';
import { parseProgram } from './parse-program.js';
import { gpScriptProblem } from './gp-script-problem.js';
import { runGp } from './run-gp.js';
import { runScriptGp } from './run-script-gp.js';

/** The offline engine's settings, as in the `gp` section of forge_config.json. */
export type GpEngineOptions = ForgeConfig['gp'];

/** The code of the candidates (and the directive's seed module) the engine can start from, and which parents they came from. */
function seedsOf(context: MutationContext, problem: GpProblem): { programs: string[]; from: string[] } {
  const programs: string[] = [];
  const from: string[] = [];
  const offer = (code: string, id?: string): void => {
    if (programs.includes(code) || !parsesAs(code, problem)) return;
    programs.push(code);
    if (id !== undefined) from.push(id);
  };
  // Inspirations seed the population too, but lineage names only the select stage's parents.
  for (const candidate of context.parents) offer(candidate.code, candidate.id);
  for (const candidate of context.inspirations) offer(candidate.code);
  if (context.directive.seed !== undefined) offer(readFileSync(context.directive.seed, 'utf8'));
  return { programs, from };
}

/** Whether the core can read a module back into its representation; code it cannot read is simply not a seed. */
function parsesAs(code: string, problem: GpProblem): boolean {
  try {
    return parseProgram(code, problem) !== undefined;
  } catch {
    return false;
  }
}

/** Where a directive's population at the end of its last cycle is kept: a run's cycles continue one search rather than restart it. */
export function gpPopulationKey(directiveId: string): string {
  return `gp-population:${directiveId}`;
}

class GpEngine implements MutationEngine {
  readonly name = 'gp';

  constructor(private readonly options: GpEngineOptions) {}

  assertSupports(directive: Directive): void {
    if (directive.evaluator.kind === 'tests') {
      throw new HephaestusError(
        'UNSUPPORTED',
        `directive ${directive.id}: the offline engine learns from input/output examples and script evaluators, and this directive's "${directive.evaluator.kind}" ` +
          'evaluator gives neither (the engine cannot yet turn test pass/fail into fitness cases); configure an LLM or give an examples or script evaluator',
        { file: directive.file, field: 'evaluator' },
      );
    }
    gpSignatureTypes(directive);
  }

  async propose(context: MutationContext): Promise<Proposal[]> {
    this.assertSupports(context.directive);
    // A script directive has no cases of its own: its evaluator scores whole programs (see run-script-gp.ts).
    const script = context.directive.evaluator.kind === 'script' ? gpScriptProblem(context.directive) : undefined;
    const problem = script ?? gpProblemFromDirective(context.directive, context.examples ?? loadExampleSet(context.directive));
    const seeds = seedsOf(context, problem);
    const search = script ? (p: GpProblem, o: GpOptions) => runScriptGp({ ...script, ...p }, o) : runGp;
    const result = await search(
      { ...problem, seedPrograms: seeds.programs },
      {
        seed: context.seed,
        maxExecutions: this.options.max_executions,
        population: this.options.population,
        maxGenerations: this.options.generations_per_cycle,
        workers: this.options.workers,
        signal: context.signal,
        carryOver: context.engineState[gpPopulationKey(context.directive.id)] as unknown[] | undefined,
        onGeneration: (summary) => context.recordEvent('gp-generation', { cycle: context.cycle, ...summary }),
      },
    );
    context.engineState[gpPopulationKey(context.directive.id)] = result.population;
    // The whole search cost goes on the first proposal, so summing proposals counts it once against the budget. Every
    // elite is printed from a program tree (seeds are parsed into one, never copied), so it calls whitelisted primitives only.
    return result.elites.slice(0, Math.max(1, context.count)).map((elite, i) => ({
      code: elite.code,
      parents: seeds.from,
      operator: 'gp:lexicase',
      executions: i === 0 ? result.executions : 0,
      whitelisted: true,
    }));
  }
}

/** Creates the offline GP engine: each forge cycle runs `generations_per_cycle` generations seeded from the best candidates. */
export function createGpEngine(options: Partial<GpEngineOptions> = {}): MutationEngine {
  return new GpEngine({ ...forgeConfigSchema.parse({}).gp, ...options });
}
