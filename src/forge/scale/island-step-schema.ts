import { z } from 'zod';
import type { GpNode } from '../../programs/program-tree.js';

// Shapes only, with bounds that stop an oversized or malformed message early; whether each program is one of the
// problem's (its primitives, scopes and types) is checked after, by the engine's wellFormedProgram.
/** A GP value type, as the engine spells it. */
export const gpType = z.enum(['int', 'float', 'string', 'boolean', 'int[]', 'float[]', 'string[]']);
const count = z.number().int().min(0);
const node: z.ZodType<GpNode> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('call'), prim: z.string().max(200), type: gpType, kids: z.array(node).max(8) }),
    z.strictObject({ kind: z.literal('const'), type: gpType, value: z.union([z.number(), z.boolean(), z.string().max(100_000), z.array(z.number()).max(10_000), z.array(z.string().max(10_000)).max(10_000)]) }),
    z.strictObject({ kind: z.literal('var'), type: gpType, name: z.string().max(100) }),
  ]),
);
const individual = z.strictObject({ lets: z.array(node).max(64), outs: z.array(node).max(64) });
const scored = z.strictObject({ individual, totalError: z.number(), trainPassed: count, testPassed: count });
const overfit = z.strictObject({ trainPerfect: count, failedTest: count });
const int32 = z.number().int().min(-(2 ** 31)).max(2 ** 31 - 1);
const snapshot = z.strictObject({
  rng: z.tuple([int32, int32, int32, int32]),
  population: z.array(individual).max(1_000_000),
  errors: z.array(z.array(z.number())).optional(),
  generation: count,
  archive: z.array(scored).max(1_000),
  solution: scored.optional(),
  overfit,
  executions: count,
  ran: count,
});
const summary = z.strictObject({ generation: count, bestTotalError: z.number(), bestTrainPassed: count, meanSize: z.number(), diversity: z.number(), executions: count });
const report = z.strictObject({
  executions: count,
  ran: count,
  generations: z.array(summary),
  elites: z.array(z.strictObject({ individual, error: z.number() })),
  solution: scored.optional(),
  exhausted: z.boolean(),
});
const final = z.strictObject({ candidates: z.array(scored), population: z.array(individual), executions: count, ran: count, overfit });

/** The shapes of an island step's job and result as they come off the queue (untrusted on both ends). */
export const islandStepSchema = {
  result: z.discriminatedUnion('kind', [z.strictObject({ kind: z.literal('epoch'), report, snapshot }), z.strictObject({ kind: z.literal('finish'), final })]),
  individual,
  snapshot,
};
