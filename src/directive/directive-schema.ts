import { z } from 'zod';
import { scoringWeightsSchema } from './scoring-weights-schema.js';

/** A kind an examples evaluator may declare for an output, where the data alone cannot tell (`1.0` is written `1`). */
const outputKindSchema = z.enum(['int', 'float', 'string', 'boolean', 'int[]', 'float[]', 'string[]']);

/** One of `evaluator.outputKinds`. */
export type OutputKind = z.infer<typeof outputKindSchema>;

/** Where an examples evaluator finds its PSB-style JSON Lines cases (paths relative to the directive file). */
const examplesEvaluator = z.strictObject({
  kind: z.literal('examples'),
  train: z.string().min(1),
  test: z.string().min(1),
  /** Optional per-output kinds, e.g. ["int"], ["float"]; inferred from the data when absent. */
  outputKinds: z.array(outputKindSchema).optional(),
});

const testsEvaluator = z.strictObject({
  kind: z.literal('tests'),
  files: z.array(z.string().min(1)).min(1),
});

const scriptEvaluator = z.strictObject({
  kind: z.literal('script'),
  module: z.string().min(1),
  /** The script's score at or above which the candidate counts as solved. */
  solvedAt: z.number().optional(),
});

/** The evaluator of a directive: how a candidate is checked. */
export const evaluatorSchema = z.discriminatedUnion('kind', [examplesEvaluator, testsEvaluator, scriptEvaluator]);

const directiveIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/i, 'must be 1-80 letters, digits, ".", "_" or "-", starting with a letter or digit');

/** Which solved modules in nodes/ the offline engine may offer as building blocks (default: every one whose types fit). */
const librarySchema = z
  .strictObject({
    /** Only these directives' modules (an empty list: none). */
    use: z.array(directiveIdSchema).optional(),
    /** Never these directives' modules. */
    exclude: z.array(directiveIdSchema).optional(),
  })
  .superRefine((library, context) => {
    for (const [i, id] of (library.exclude ?? []).entries()) {
      if (library.use?.includes(id)) context.addIssue({ code: 'custom', path: ['exclude', i], message: `"${id}" is both used and excluded` });
    }
  });

const allowedImportSchema = z.string().regex(/^[@a-z0-9][\w./:@-]*$/i, 'must be a module specifier');

/** The JSON schema of a directive file (the intent schema). */
export const directiveSchema = z.strictObject({
  id: directiveIdSchema,
  goal: z.string().min(1),
  signature: z.string().min(1),
  evaluator: evaluatorSchema,
  seed: z.string().min(1).optional(),
  constraints: z
    .strictObject({
      maxLines: z.number().int().min(1).max(200).default(200),
      allowedImports: z.array(allowedImportSchema).default([]),
      timeoutMs: z.number().int().min(50).max(600_000).default(5_000),
      memoryMb: z.number().int().min(16).max(8_192).default(256),
    })
    .prefault({}),
  scoring: scoringWeightsSchema.default({}),
  budget: z
    .strictObject({
      cycles: z.number().int().positive().optional(),
      evaluations: z.number().int().positive().optional(),
      wallSeconds: z.number().positive().optional(),
      llmTokens: z.number().int().positive().optional(),
      llmUsd: z.number().positive().optional(),
    })
    .prefault({}),
  parent: z.string().min(1).optional(),
  library: librarySchema.optional(),
  priority: z.number().min(0).default(1),
  /** When true the result reaches nodes/ only after `hephaestus approve`. */
  requireApproval: z.boolean().default(false),
  /** The file name of the emitted module in nodes/<id>/ (without .ts); defaults to the id. */
  name: z.string().regex(/^[A-Za-z_][\w-]{0,63}$/).optional(),
});

/** A directive as written in its JSON file, after defaults. */
export type DirectiveInput = z.infer<typeof directiveSchema>;
