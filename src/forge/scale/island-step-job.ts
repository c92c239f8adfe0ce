import { z } from 'zod';
import { runIslandStep, type IslandStep, type IslandStepResult } from '../../engines/gp/run-island-step.js';
import { islandStepSchema } from './island-step-schema.js';

/** The BullMQ queue the offline engine's island steps (an epoch, or the final scoring) travel on. */
export const ISLAND_STEP_QUEUE = 'hephaestus-island-steps';

const { individual, snapshot } = islandStepSchema;
const gpType = z.enum(['int', 'float', 'string', 'boolean', 'int[]', 'float[]', 'string[]']);
const index = z.number().int().min(0);
const cases = z.array(z.strictObject({ inputs: z.array(z.unknown()), outputs: z.array(z.unknown()) }));
// A problem with test files (code) or extra primitives (functions) is never sent: those islands stay in the controller.
const problem = z.strictObject({
  name: z.string().optional(),
  goal: z.string().optional(),
  params: z.array(z.strictObject({ name: z.string(), type: gpType })),
  returns: z.array(gpType).min(1),
  train: cases,
  test: cases,
  library: z.array(z.object({ directiveId: z.string(), candidateId: z.string(), code: z.string() })).optional(),
  seedPrograms: z.array(z.string()).optional(),
});
const order = z.strictObject({ generations: index, allowance: z.number().min(0), immigrants: z.array(individual), restart: z.array(individual).optional() });
const payload = z.strictObject({
  setup: z.strictObject({
    problem,
    seed: index,
    population: z.number().int().min(1).max(1_000_000),
    selection: z.enum(['lexicase', 'epsilon-lexicase', 'downsampled-lexicase']),
    selectionCases: z.array(index),
    testOrder: z.array(index),
    migrants: index,
  }),
  from: snapshot.optional(),
  start: z.strictObject({ carried: z.array(individual), enumerated: z.array(individual) }).optional(),
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

/**
 * A worker's handling of an island step job: the payload is checked (shape here, every program by runIslandStep) before
 * anything runs, since whoever can write to Redis can queue one; case indices must lie within the problem's cases.
 */
export async function runIslandStepJob(data: unknown): Promise<IslandStepResult> {
  const step = payload.parse(data);
  const { setup } = step;
  const trainTotal = setup.problem.train.length;
  if (setup.selectionCases.some((i) => i >= trainTotal) || setup.testOrder.some((i) => i >= setup.problem.test.length)) throw new Error('refused: a case index lies outside the problem');
  return runIslandStep({ ...step, setup: { ...setup, selectionCases: Int32Array.from(setup.selectionCases), testOrder: Int32Array.from(setup.testOrder) } });
}
