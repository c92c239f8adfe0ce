import type { Directive, ExampleSet } from '../directive/directive.js';
import type { CandidateRecord, EventRecord, ModuleUse } from '../registry/records.js';

/** Token and cost use of one proposal. */
export interface Usage {
  inputTokens: number;
  outputTokens: number;
  usd: number;
}

/**
 * What engines carry from one cycle to the next (the offline engine's populations, the LLM engine's prompt-variant
 * record), as JSON under keys of their own. The forge keeps it in its store and in the run's checkpoint, never on an
 * engine object, so a rebuilt or switched engine and `resume` continue from it.
 */
export type EngineState = Record<string, unknown>;

/** What an engine is given to propose new candidates in one forge cycle. */
export interface MutationContext {
  directive: Directive;
  /** Loaded cases when the directive has an examples evaluator. */
  examples?: ExampleSet;
  /** Parents chosen by the select stage, best first; empty on the first cycle without a seed. */
  parents: CandidateRecord[];
  /** Other good candidates of the directive, for inspiration. */
  inspirations: CandidateRecord[];
  cycle: number;
  /** Seed of this cycle's randomness: the same seed gives the same proposals. */
  seed: number;
  /** How many candidates the engine should propose this cycle. */
  count: number;
  signal: AbortSignal;
  /** Records an event (generation summaries, retries, degradations) in the registry. */
  recordEvent(kind: string, data: EventRecord['data']): void;
  /** The run's engine state: read what earlier cycles left, write what the next cycle should start from. */
  engineState: EngineState;
  /** Program executions the run may still spend, when its budget counts them: an engine never plans past it. */
  executionsLeft?: number;
  /** Solved modules of other directives in nodes/ the directive may build on (checked against the registry; see load-node-library.ts). */
  library?: (ModuleUse & { code: string })[];
}

/** One proposed candidate: full module source plus provenance. */
export interface Proposal {
  code: string;
  parents: string[];
  operator: string;
  promptVariant?: string;
  model?: string;
  usage?: Usage;
  /** Program executions the engine spent internally to find it (GP), counted against the evaluation budget. */
  executions?: number;
  /** An engine-side failure for this slot (e.g. an LLM reply that could not be applied): registered as failed. */
  failure?: string;
  /** Solved modules of other directives the code inlines as building blocks (recorded in the lineage). */
  uses?: ModuleUse[];
  /** True only for code the offline engine printed from its whitelist of primitives: it may be verified without bubblewrap. */
  whitelisted?: boolean;
  /** True when the engine found it passing every case it was given: worth a sandbox run however close it is to earlier code. */
  passesAllCases?: boolean;
}

/** A source of new candidates; the LLM and offline engines both implement it and run the engine contract suite. */
export interface MutationEngine {
  readonly name: string;
  /** Throws an UNSUPPORTED HephaestusError when the directive is beyond this engine. */
  assertSupports(directive: Directive): void;
  propose(context: MutationContext): Promise<Proposal[]>;
  /** Reports how an evaluated proposal did, so the engine can adapt (prompt variant track records, kept in `engineState`). */
  feedback?(proposal: Proposal, outcome: { improved: boolean; score: number }, engineState: EngineState): void;
}
