import type { LanguageModelV3 } from '@ai-sdk/provider';
import type { StopRecord } from '../../registry/records.js';
import type { ParentSelection } from '../../selection/parent-selection.js';
import type { Sandbox } from '../../sandbox/sandbox.js';
import type { ForgeState } from '../flow/forge-state.js';

/** How a run is started (the CLI's `run` flags map onto these). */
export interface RunOptions {
  workDir: string;
  directiveFiles: string[];
  engine?: 'auto' | 'gp' | 'llm';
  seed?: number;
  cycles?: number;
  budgetEvaluations?: number;
  /** Wall-clock seconds per directive (overrides the directive's `budget.wallSeconds`). */
  wallSeconds?: number;
  /** Start a new version of every directive even when unchanged (older candidates stay as history); not kept for resume. */
  fresh?: boolean;
  /** Work the goal tree the directives grow (proposals, decomposition, reopened parents) instead of a fixed list. */
  autonomous?: boolean;
  /** Save every LLM exchange to this JSON Lines file. */
  recordFile?: string;
  /** Replay LLM exchanges from this file instead of calling a provider. */
  replayFile?: string;
  /** An injected language model (tests). */
  model?: LanguageModelV3;
  /** An injected sandbox (tests); by default the process sandbox from the config. */
  sandbox?: Sandbox;
  /** How parents are chosen each cycle; the tournament by default. */
  parentSelection?: ParentSelection;
  /** Install SIGINT/SIGTERM handlers for a graceful stop (the CLI does). */
  handleSignals?: boolean;
  onCycle?: (state: ForgeState) => void;
  /** Scale out: evaluate candidates on `hephaestus worker`s through BullMQ on this Redis (never recorded unredacted). */
  redis?: string;
  log?: (line: string) => void;
}

/** How one directive of a run ended. */
export interface DirectiveOutcome {
  id: string;
  /** The directive's version this outcome is about (absent for a directive skipped before it was registered). */
  version?: number;
  solved: boolean;
  /** The solved candidate waiting for `hephaestus approve` (directives with requireApproval): nodes/ holds nothing yet. */
  awaitingApproval?: string;
  bestCandidateId?: string;
  bestScore?: number;
  cycles: number;
  halted: { reason: string; detail: string };
}

/** How a run ended. */
export interface RunOutcome {
  runId: string;
  status: 'completed' | 'stopped' | 'failed';
  stop: StopRecord;
  directives: DirectiveOutcome[];
}
