import { z } from 'zod';
import { runIslandStep, type IslandStep, type IslandStepResult } from '../../engines/gp/run-island-step.js';
import { gpType, islandStepSchema } from './island-step-schema.js';

/** The BullMQ queue the offline engine's island steps (an epoch, or the final scoring) travel on. */
export const ISLAND_STEP_QUEUE = 'hephaestus-island-steps';

const { individual, snapshot } = islandStepSchema;
/**
 * Bounds far above anything the controller sends (PSB problems hold 200 train cases, an epoch 5 generations); they
 * only make a forged job fail fast with its reason instead of holding a worker's memory or time.
 */
const MAX_PAYLOAD_CHARS = 64 * 2 ** 20;
const MAX_CASES = 100_000;
const MAX_POPULATION = 1_000_000;
const MAX_GENERATIONS = 10_000;
const MAX_TEXT = 1_000_000;
const index = z.number().int().min(0);
const text = z.string().max(MAX_TEXT);
// A case's values are bounded by the payload's size; their types are the evaluator's concern, as in the controller.
const cases = z.array(z.strictObject({ inputs: z.array(z.unknown()).max(64), outputs: z.array(z.unknown()).max(64) })).max(MAX_CASES);
// A problem with test files (code) or extra primitives (functions) is never sent: those islands stay in the controller.
const problem = z.strictObject({
  name: text.optional(),
  goal: text.optional(),
  params: z.array(z.strictObject({ name: z.string().max(100), type: gpType })).max(64),
  returns: z.array(gpType).min(1).max(64),
  train: cases,
  test: cases,
  library: z.array(z.object({ directiveId: text, candidateId: text, code: text })).max(10_000).optional(),
  seedPrograms: z.array(text).max(10_000).optional(),
});
const programs = z.array(individual).max(MAX_POPULATION);
const order = z.strictObject({ generations: index.max(MAX_GENERATIONS), allowance: z.number().min(0).max(Number.MAX_SAFE_INTEGER), immigrants: programs, restart: programs.optional() });
const payload = z.strictObject({
  setup: z.strictObject({
    problem,
    seed: index,
    population: z.number().int().min(1).max(MAX_POPULATION),
    selection: z.enum(['lexicase', 'epsilon-lexicase', 'downsampled-lexicase']),
    selectionCases: z.array(index).max(MAX_CASES),
    testOrder: z.array(index).max(MAX_CASES),
    migrants: index,
    keepSearching: z.boolean().optional(),
  }),
  from: snapshot.optional(),
  start: z.strictObject({ carried: programs, enumerated: programs }).optional(),
  stop: z.boolean(),
  action: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('epoch'), order }), z.strictObject({ kind: z.literal('finish') })]),
});

/** An island step as it travels: plain JSON (the setup's case lists as arrays). Carries no secret and no code but the engine's own trees. */
export type IslandStepPayload = z.infer<typeof payload>;

/** An island step in its travelling form. */
export function islandStepPayload(step: IslandStep): IslandStepPayload {
  // The executor sends no problem with test files or extra primitives; their empty fields are left out too. Parsed seeds
  // stay home: the worker parses the problem's seed programs itself rather than trust trees it would have to check.
  const { selectionCases, testOrder, problem, seeds: _seeds, ...setup } = step.setup;
  const { extraPrimitives: _extras, tests: _tests, ...sent } = problem;
  return { ...step, setup: { ...setup, problem: sent, selectionCases: Array.from(selectionCases), testOrder: Array.from(testOrder) } };
}

/** Why a parsed step does not fit together (its cases, case indices, population and error rows), or undefined when it does. */
function misfit(step: IslandStepPayload): string | undefined {
  const { problem, population, selectionCases, testOrder, migrants } = step.setup;
  const arity = (c: { inputs: unknown[]; outputs: unknown[] }): boolean => c.inputs.length === problem.params.length && c.outputs.length === problem.returns.length;
  if (![...problem.train, ...problem.test].every(arity)) return "a case's inputs or outputs do not match the problem's parameters and returns";
  if (selectionCases.some((i) => i >= problem.train.length) || testOrder.some((i) => i >= problem.test.length)) return 'a case index lies outside the problem';
  if (migrants > population) return 'it asks for more migrants than the island holds';
  const order = step.action.kind === 'epoch' ? step.action.order : undefined;
  if (order && (order.immigrants.length > population || (order.restart?.length ?? 0) > population)) return 'it sends more programs than the island holds';
  const from = step.from;
  if (!from) return undefined;
  if (from.population.length > population) return 'its population is larger than the island';
  if (!from.errors) return undefined;
  // One row per program, all as wide as the generation's sampled cases (times outputs), each error finite and >= 0.
  const width = from.errors[0]?.length ?? 0;
  const fits = from.errors.length === from.population.length && width > 0 && width <= selectionCases.length * problem.returns.length;
  if (!fits || !from.errors.every((row) => row.length === width && row.every((e) => Number.isFinite(e) && e >= 0))) return 'its error rows do not match its population and cases';
  return undefined;
}

/**
 * A worker's handling of an island step job: the payload is checked (its size, shape and bounds, that its parts fit
 * together here, every program by runIslandStep) before anything runs, since whoever can write to Redis can queue one.
 * A refused job throws its reason: BullMQ retries it and, after its attempts, records it as failed with that reason.
 */
export async function runIslandStepJob(data: unknown): Promise<IslandStepResult> {
  if (JSON.stringify(data ?? null).length > MAX_PAYLOAD_CHARS) throw new Error(`refused: the island step is larger than ${MAX_PAYLOAD_CHARS} characters`);
  const parsed = payload.safeParse(data);
  if (!parsed.success) throw new Error(`refused: ${parsed.error.issues[0]?.message ?? 'malformed'} at ${parsed.error.issues[0]?.path.join('.')}`);
  const step = parsed.data;
  const why = misfit(step);
  if (why) throw new Error(`refused: ${why}`);
  const { setup } = step;
  return runIslandStep({ ...step, setup: { ...setup, selectionCases: Int32Array.from(setup.selectionCases), testOrder: Int32Array.from(setup.testOrder) } });
}
