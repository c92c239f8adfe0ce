import { z } from 'zod';

/** Most call times one test or script message may carry (the runner keeps the first 1000; run-harness.mjs). */
export const MAX_CALL_TIMES = 1000;
/** Most tests a plan may name. */
export const MAX_TESTS = 1_000;
/** Deepest JSON nesting a message may have (encode-value.mjs writes at most 64 levels of value, two JSON levels each). */
export const MAX_MESSAGE_DEPTH = 140;
const MAX_TEXT = 4_000;
const MAX_NAME = 500;

const text = z.string().max(MAX_TEXT);
const ms = z.number().finite().nonnegative();
const index = z.number().int().nonnegative();

/**
 * What the parent accepts from the runner, one frame each (runner/run-harness.mjs, candidate-runner.mjs): every
 * string, array and number bounded, no extra fields. `value` is encode-value.mjs's output, decoded with a depth cap.
 */
export const runnerMessageSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('case'), split: z.enum(['train', 'test']), index, ms, value: z.unknown().optional(), error: text.optional() }),
  z.strictObject({
    kind: z.literal('test'),
    index,
    name: z.string().max(MAX_NAME),
    ok: z.boolean(),
    ms,
    calls: z.array(ms).max(MAX_CALL_TIMES),
    error: text.optional(),
  }),
  z.strictObject({ kind: z.literal('script'), calls: z.array(ms).max(MAX_CALL_TIMES), value: z.unknown().optional(), error: text.optional() }),
  z.strictObject({ kind: z.literal('plan'), tests: z.array(z.string().max(MAX_NAME)).max(MAX_TESTS) }),
  z.strictObject({ kind: z.literal('load-error'), error: text }),
  z.strictObject({ kind: z.literal('limit'), limit: z.enum(['memory', 'time']) }),
  z.strictObject({ kind: z.literal('ready') }),
  z.strictObject({ kind: z.literal('done') }),
]);

/** One validated message from the sandboxed runner. */
export type RunnerMessage = z.infer<typeof runnerMessageSchema>;
