import { z } from 'zod';
import { scoringWeightsSchema } from '../directive/scoring-weights-schema.js';

/** LLM provider settings; API keys are never stored here, only the name of the variable holding one. */
export const llmConfigSchema = z.strictObject({
  provider: z.enum(['openai', 'anthropic', 'openai-compatible']),
  model: z.string().min(1),
  base_url: z.string().url().optional(),
  api_key_env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/).optional(),
  temperatures: z.array(z.number().min(0).max(2)).min(1).default([0.2, 0.7, 1.0]),
  candidates_per_cycle: z.number().int().min(1).max(32).default(3),
  mode: z.enum(['diff', 'rewrite', 'both']).default('both'),
  max_retries: z.number().int().min(0).max(10).default(3),
  timeout_ms: z.number().int().min(100).default(120_000),
  max_reply_chars: z.number().int().min(100).default(40_000),
  /** Consecutive failed LLM calls after which the run degrades to the offline engine. */
  failures_before_fallback: z.number().int().min(1).default(5),
  /** Show the model the test files (`tests`) or the evaluator module (`script`) of a directive, cut at max_evaluator_source_chars. */
  include_evaluator_source: z.boolean().default(true),
  max_evaluator_source_chars: z.number().int().min(100).default(8_000),
  price_per_million_input: z.number().min(0).default(0),
  price_per_million_output: z.number().min(0).default(0),
});

/** The schema of config/forge_config.json (snake_case keys, as in the original design). */
export const forgeConfigSchema = z.strictObject({
  /** Kill switch: when true, a running forge stops at the next cycle (re-read every cycle). */
  stop_build: z.boolean().default(false),
  engine: z.enum(['auto', 'gp', 'llm']).default('auto'),
  llm: llmConfigSchema.nullable().default(null),
  loop: z
    .strictObject({
      parents: z.number().int().min(1).max(16).default(2),
      inspirations: z.number().int().min(0).max(16).default(2),
      /** Halt after this many cycles without a better score. */
      stagnation_cycles: z.number().int().min(1).default(25),
      /**
       * While the engine spends program executions, stagnation (and the custodian's pause) also waits until the stale
       * stretch has used this share of the run's execution, wall-clock or cycle budget: a GP cycle is cheap, and a user's
       * budget is meant to be searched, not abandoned after a few seconds on a plateau.
       */
      stagnation_budget_share: z.number().min(0).max(1).default(0.5),
      max_cycles: z.number().int().min(1).default(1_000),
      /** Share of parent picks made by ancestry credit rather than by score. */
      ancestry_weight: z.number().min(0).max(1).default(0.3),
    })
    .prefault({}),
  safety: z
    .strictObject({
      emergency_flag: z.string().min(1).default('emergency_stop.flag'),
      flag_poll_seconds: z.number().positive().default(1),
      /** A shell command run every cycle; a non-zero exit stops the run. */
      kill_hook: z.string().min(1).nullable().default(null),
      kill_hook_timeout_ms: z.number().int().min(100).default(10_000),
    })
    .prefault({}),
  sandbox: z
    .strictObject({
      /** Refuse to run any candidate, even the offline engine's whitelisted programs, when bubblewrap is missing. */
      require_bwrap: z.boolean().default(false),
      /** Run untrusted code (LLM output, seed modules, `eval` modules) without bubblewrap when it is missing: unsafe, warned loudly. */
      allow_untrusted_without_bwrap: z.boolean().default(false),
      /** Size of a candidate's writable scratch (a tmpfs under bubblewrap; the largest file it may write without). */
      scratch_mb: z.number().int().min(1).max(4096).default(64),
      max_output_bytes: z.number().int().min(1024).default(65_536),
      concurrency: z.number().int().min(1).max(64).default(2),
    })
    .prefault({}),
  /** Weights of the score; keys are metric names (see docs/scoring.md). */
  scoring: scoringWeightsSchema.default({}),
  gp: z
    .strictObject({
      population: z.number().int().min(10).default(1000),
      generations_per_cycle: z.number().int().min(1).default(10),
      max_executions: z.number().int().min(1).default(60_000_000),
      workers: z.number().int().min(0).max(64).default(0),
      /** Populations evolving in parallel in worker threads (0 = one per core, 1 = a single population). */
      islands: z.number().int().min(0).max(64).default(0),
      /** Generations between two migrations of elites along the ring of islands. */
      migration_interval: z.number().int().min(1).default(5),
      /** Elites each island sends to the next one per migration. */
      migrants: z.number().int().min(0).default(10),
      /** Migrations without a better best error after which an island restarts from fresh programs (0 = never). */
      restart_after: z.number().int().min(0).default(6),
    })
    .prefault({}),
  /** The vector memory (docs/memory.md). */
  memory: z
    .strictObject({
      /** 'auto': the provider's embeddings when `embedding_model` and an LLM provider are set, else the local code embedder. */
      embedder: z.enum(['auto', 'local', 'provider']).default('auto'),
      embedding_model: z.string().min(1).nullable().default(null),
      /** Cosine similarity at or above which a proposal counts as a near-duplicate of a registered candidate and is not evaluated. */
      novelty_threshold: z.number().min(0).max(1).default(0.995),
      /** Similar solutions of other directives offered each cycle as inspirations (LLM prompt) and seeds (offline engine). */
      recall: z.number().int().min(0).max(16).default(2),
    })
    .prefault({}),
  /** Where results go besides nodes/ (which holds solutions only). */
  output: z
    .strictObject({
      /** A directory (relative to the project, outside nodes/ and .hephaestus/) for each directive's best unsolved module, marked as such; off when null. */
      unsolved_dir: z
        .string()
        .regex(/^(?!\.(\/|$))(?!nodes(\/|$))(?!\.hephaestus(\/|$))(?!.*(^|\/)\.\.(\/|$))[\w.-][\w./-]*$/, 'must be a relative directory outside nodes/ and .hephaestus/, without ".."')
        .nullable()
        .default(null),
    })
    .prefault({}),
  /** The goal proposer and the custodian (docs/goal_proposer.md, docs/custodian.md). */
  autonomy: z
    .strictObject({
      /** At most this many directives (given and proposed) are attempted by one autonomous run. */
      max_goals: z.number().int().min(1).default(12),
      /** How deep proposals may nest below a given directive. */
      max_depth: z.number().int().min(1).default(2),
      /** A failure cluster needs at least this many train cases to become a sub-directive. */
      min_cluster_cases: z.number().int().min(2).default(3),
      /** Cycles over which the improvement rate is measured for adaptive entropy. */
      entropy_window: z.number().int().min(2).default(5),
      /** Whether the custodian climbs the escalation ladder before stagnation ends a directive. */
      escalate: z.boolean().default(true),
    })
    .prefault({}),
});

/** A validated forge configuration with defaults applied. */
export type ForgeConfig = z.infer<typeof forgeConfigSchema>;
/** The LLM part of the configuration. */
export type LlmConfig = z.infer<typeof llmConfigSchema>;
