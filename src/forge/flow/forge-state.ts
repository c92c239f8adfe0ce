import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { BuildResult } from '../../check/build-result.js';
import type { CustodianState } from '../../custodian/custodian-state.js';
import type { ForgeConfig } from '../../config/config-schema.js';
import type { Directive, ExampleSet } from '../../directive/directive.js';
import type { CandidateRecord, CandidateStatus, RunRecord } from '../../registry/records.js';
import type { Registry } from '../../registry/registry.js';
import type { Evaluation } from '../../scoring/evaluation.js';
import type { Memory } from '../../memory/memory.js';
import type { Sandbox } from '../../sandbox/sandbox.js';
import type { EngineState, MutationEngine, Proposal } from '../../mutation/mutation-engine.js';
import type { ParentSelection } from '../../selection/parent-selection.js';
import type { StopController } from '../kill-switches/stop-controller.js';
import type { RemoteEvaluation } from '../scale/remote-evaluation.js';

/** Long-lived services the stages use; shared by every cycle and every directive of a run. */
export interface ForgeServices {
  workDir: string;
  registry: Registry;
  sandbox: Sandbox;
  stop: StopController;
  /** Re-reads config/forge_config.json (the stop_build switch is honoured every cycle). */
  reloadConfig(): ForgeConfig;
  /** Builds the engine to degrade to when the LLM keeps failing (the offline engine). */
  fallbackEngine?: () => MutationEngine;
  /** Where candidates are staged for build and test. */
  stagingRoot: string;
  /** Called after every cycle (progress line, tests). */
  onCycle?: (state: ForgeState) => void;
  log(line: string): void;
  /** The vector memory shared across runs (inspirations, seeds, novelty rejection); absent when disabled. */
  memory?: Memory;
  /** Builds an engine with other settings (adaptive entropy, the custodian's engine switch); absent in bare test setups. */
  engineFactory?: (config: ForgeConfig, engine: 'gp' | 'llm') => MutationEngine;
  /** Autonomous runs halt a directive once it is decomposed, to work its sub-directives first. */
  haltOnDecompose?: boolean;
  /** The language model the goal proposer decomposes with; absent without an LLM (offline proposals). */
  goalModel?: LanguageModelV3;
  /** How the select stage chooses parents; the tournament (src/selection/tournament-selection.ts) by default. */
  parentSelection?: ParentSelection;
  /** With `run --redis`: candidates are built, tested and scored by workers (src/forge/scale/), not here. */
  remote?: RemoteEvaluation;
}

/** One candidate moving through a cycle's stages. */
export interface CycleItem {
  proposal: Proposal;
  hash: string;
  build?: BuildResult;
  evaluation?: Evaluation;
  metrics?: Record<string, number>;
  score?: number;
  status?: CandidateStatus;
  candidateId?: string;
}

/** Counters that make up a run's checkpoint (restored by `resume`). */
export interface ForgeCounters {
  cycle: number;
  evaluations: number;
  executions: number;
  inputTokens: number;
  outputTokens: number;
  usd: number;
  candidates: number;
  duplicates: number;
  /** Proposals dropped before evaluation as near-duplicates of registered candidates (each one an evaluation saved). */
  noveltyRejected: number;
  cyclesWithoutImprovement: number;
  /** Program executions and wall milliseconds used when the best score last improved (the start of a stale stretch). */
  executionsAtImprovement: number;
  wallMsAtImprovement: number;
  bestScore: number;
  startedAtMs: number;
  /** Wall milliseconds spent in earlier sessions of this run (before a resume). */
  priorWallMs: number;
}

/** Limits the run honours, merged from the directive's budget and the CLI flags. */
export interface ForgeBudget {
  cycles?: number;
  evaluations?: number;
  executions?: number;
  wallSeconds?: number;
  llmTokens?: number;
  llmUsd?: number;
}

/** The shared store of the forge flow: PocketFlow clones nodes on every visit, so all state lives here. */
export interface ForgeState {
  services: ForgeServices;
  config: ForgeConfig;
  run: RunRecord;
  directive: Directive;
  examples?: ExampleSet;
  engine: MutationEngine;
  /** What the engines carry across cycles: the run's own `engineState`, shared by its directives, saved with each checkpoint. */
  engineState: EngineState;
  budget: ForgeBudget;
  seed: number;
  counters: ForgeCounters;
  parents: CandidateRecord[];
  inspirations: CandidateRecord[];
  items: CycleItem[];
  best?: CandidateRecord;
  solved: boolean;
  /** The custodian's per-directive bookkeeping: entropy, escalation ladder, lineages, flags. */
  custodian?: CustodianState;
  /** Cycles in a row whose engine (named) threw, not kept in a checkpoint: an engine with no fallback ends the run at a few. */
  engineFailures?: { engine: string; count: number };
  /** Set when the flow halts: the stop that ended this directive's loop. */
  halted?: { reason: string; detail: string };
}
