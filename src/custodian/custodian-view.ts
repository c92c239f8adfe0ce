import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { ForgeConfig } from '../config/config-schema.js';
import type { Directive, ExampleSet } from '../directive/directive.js';
import type { CandidateRecord, EventRecord } from '../registry/records.js';
import type { Registry } from '../registry/registry.js';
import type { CustodianState } from './custodian-state.js';

/** Why the custodian halts a directive's loop. */
export interface CustodianHalt {
  reason: 'paused' | 'flagged' | 'decomposed';
  detail: string;
}

/**
 * What the custodian sees of one directive's loop and the only things it may do to it. The forge provides it over
 * its state (src/forge/flow/custodian-view-of.ts); the custodian never touches the forge's state directly.
 */
export interface CustodianView {
  readonly config: ForgeConfig;
  readonly directive: Directive;
  readonly examples?: ExampleSet;
  readonly runId: string;
  /** The project directory (where the goal proposer writes sub-directives). */
  readonly workDir: string;
  /** The registry, for candidates, lineages and the directive's status. */
  readonly registry: Registry;
  readonly cycle: number;
  readonly cyclesWithoutImprovement: number;
  /**
   * Whether the stale stretch has used enough of the run's budget to end the directive's work (`loop.stagnation_budget_share`
   * while the engine spends program executions; always true otherwise): the pause and decompose rungs wait for it.
   */
  readonly stagnationDue: boolean;
  readonly best?: CandidateRecord;
  readonly solved: boolean;
  /** Whether the loop is already halting (a stop, a solution, or an earlier custodian halt). */
  readonly halted: boolean;
  /** The seed of the loop's random stream. */
  readonly seed: number;
  /** The engine proposing candidates now: 'gp', 'llm' or another engine's name. */
  readonly engineName: string;
  /** The candidates this cycle built and ran (evaluated, solved or failing tests). */
  readonly registered: CandidateRecord[];
  /** The custodian's own bookkeeping, kept in the forge's store so that the nodes hold no state. */
  readonly custodian: CustodianState;
  /** The language model the goal proposer decomposes with; absent without an LLM. */
  readonly goalModel?: LanguageModelV3;
  readonly signal: AbortSignal;
  /** Autonomous runs halt a directive once it is decomposed, to work its sub-directives first. */
  readonly haltOnDecompose: boolean;
  /** Replaces the engine with `name` built from `config` (its carried state kept); false when none can be built or it cannot serve the directive. */
  switchEngine(name: 'gp' | 'llm', config: ForgeConfig): boolean;
  /** Starts a new random stream for the loop (injected diversity). */
  reseed(seed: number): void;
  /**
   * Promotes a candidate the custodian judged clean: writes it to nodes/ atomically, or puts it up for a human's
   * approval when the directive requires that; a solved candidate marks the directive solved.
   */
  promote(candidate: CandidateRecord): void;
  /** Halts the directive's loop at the end of this cycle. */
  halt(halt: CustodianHalt): void;
  /** Records an event of this run and directive in the registry. */
  record(kind: string, data: EventRecord['data'], candidateId?: string): void;
  log(line: string): void;
}
