import type { BuildError } from '../check/build-result.js';
import type { FailingCase } from '../scoring/evaluation.js';

/** Lifecycle of a candidate in the registry. */
export type CandidateStatus = 'build-failed' | 'test-failed' | 'evaluated' | 'solved' | 'rejected';

/** A solved module of another directive that a candidate uses as a building block (inlined from nodes/). */
export interface ModuleUse {
  directiveId: string;
  candidateId: string;
}

/** A candidate as stored: code, ancestry, provenance, measurements. */
export interface CandidateRecord {
  id: string;
  directiveId: string;
  runId: string;
  /** The version of the directive it was made for; when absent on insert, the directive's current version. */
  version?: number;
  cycle: number;
  /** sha256 of the code. */
  hash: string;
  code: string;
  parents: string[];
  /** Solved modules of other directives it builds on; absent when none. */
  uses?: ModuleUse[];
  engine: string;
  operator: string;
  promptVariant?: string;
  model?: string;
  status: CandidateStatus;
  /** The whole metric vector (functional, structural, performance). */
  metrics: Record<string, number>;
  score: number;
  artifacts: {
    stderr?: string;
    failingCases?: FailingCase[];
    buildErrors?: BuildError[];
    notes?: string[];
    trainErrors?: number[];
    /** Why the candidate was flagged (escape-attempt, tamper-attempt, forged-message, timeout, ...); see src/sandbox/escape/. */
    flags?: string[];
    /** Set when something was cut to keep the artifacts within the registry's 64 KB per candidate (cap-artifacts.ts). */
    truncated?: boolean;
  };
  createdAt: string;
}

/** Lifecycle of a run. */
export type RunStatus = 'running' | 'stopped' | 'completed' | 'failed';

/** One invocation of the forge loop over one or more directives. */
export interface RunRecord {
  id: string;
  directiveIds: string[];
  /** Absolute paths of the directive files, so that `resume` can reload them. */
  directiveFiles: string[];
  engine: string;
  seed: number;
  status: RunStatus;
  startedAt: string;
  endedAt?: string;
  /** Resumable position and counters: cycle, evaluations, tokens, usd, best score... */
  checkpoint: Record<string, number>;
  /** Options the run was started with (cycles, budget flags), for resume. */
  options: Record<string, unknown>;
  /** What the engines carry across cycles (GP populations, prompt-variant records), saved with the checkpoint; JSON. */
  engineState?: Record<string, unknown>;
  stop?: StopRecord;
}

/** Why a run stopped. */
export interface StopRecord {
  runId: string;
  reason: 'emergency-flag' | 'stop-build' | 'signal' | 'kill-hook' | 'stagnation' | 'budget' | 'solved' | 'error' | 'user';
  detail: string;
  at: string;
}

/** Something worth remembering that is not a candidate: generation summaries, custodian notes, LLM usage. */
export interface EventRecord {
  id?: number;
  runId: string;
  directiveId?: string;
  candidateId?: string;
  kind: string;
  data: Record<string, unknown>;
  at?: string;
}

/** A stored directive with its goal-tree fields. */
export interface DirectiveRecord {
  id: string;
  file: string;
  goal: string;
  signature: string;
  json: string;
  parent?: string;
  priority: number;
  status: 'open' | 'solved' | 'stalled' | 'paused' | 'flagged';
  /** The current version (1 for a new directive); an upsert without it keeps the stored one. */
  version?: number;
  /** sha256 of what defines the problem (directive-fingerprint.ts); absent for a directive registered before versions. */
  fingerprint?: string;
}
