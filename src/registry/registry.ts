import type { CandidateRecord, CandidateStatus, DirectiveRecord, EventRecord, RunRecord, StopRecord } from './records.js';

/** Options for listing a directive's candidates. */
export interface CandidateQuery {
  directiveId: string;
  runId?: string;
  statuses?: CandidateRecord['status'][];
  /** Best score first when set; otherwise creation order. */
  orderBy?: 'score' | 'created';
  limit?: number;
}

/** A page of candidates registered after a sequence number, for live views that poll without re-reading everything. */
export interface CandidateFeed {
  candidates: CandidateRecord[];
  /** Pass this as `afterSeq` next time; equals the given `afterSeq` when nothing new arrived. */
  lastSeq: number;
}

/** A candidate without its code and artifacts: enough to draw a lineage graph of thousands of nodes quickly. */
export type CandidateSummary = Omit<CandidateRecord, 'code' | 'artifacts'>;

/** How candidates from one engine, operator or prompt variant fared. */
export interface OutcomeTally {
  key: string;
  total: number;
  /** Built and ran: status 'evaluated' or 'solved'. */
  ok: number;
  /** Scored above their best parent. */
  improved: number;
  solved: number;
  /** Highest score among them; -Infinity when none. */
  bestScore: number;
}

/** Counts over one directive's candidates, for `status` output and the visualiser. */
export interface DirectiveStats {
  directiveId: string;
  total: number;
  byStatus: Record<CandidateStatus, number>;
  byEngine: OutcomeTally[];
  byOperator: OutcomeTally[];
  byPromptVariant: OutcomeTally[];
}

/** The store of directives, runs, candidates, lineage, events and stops; implementations run the registry contract suite. */
export interface Registry {
  upsertDirective(directive: DirectiveRecord): void;
  getDirective(id: string): DirectiveRecord | undefined;
  listDirectives(): DirectiveRecord[];
  setDirectiveStatus(id: string, status: DirectiveRecord['status']): void;

  createRun(run: RunRecord): void;
  updateRun(id: string, patch: Partial<Pick<RunRecord, 'status' | 'endedAt' | 'checkpoint' | 'engineState'>>): void;
  getRun(id: string): RunRecord | undefined;
  listRuns(): RunRecord[];
  /** The most recently created run (for `resume` and `status` without an id). */
  latestRun(): RunRecord | undefined;

  /** Adds a candidate, its lineage edges and the ancestry credit it earns its ancestors, atomically. */
  addCandidate(candidate: CandidateRecord): void;
  getCandidate(id: string): CandidateRecord | undefined;
  /** Looks up a candidate of the directive's current version by the hash of its code (dedup). */
  findByHash(directiveId: string, hash: string): CandidateRecord | undefined;
  /** The current version's candidates (older versions are history: see lineage). */
  listCandidates(query: CandidateQuery): CandidateRecord[];
  /** Candidates of the directive's current version, or all those one run registered for it. */
  countCandidates(directiveId: string, runId?: string): number;
  /** The best usable candidate of the directive's current version. */
  best(directiveId: string): CandidateRecord | undefined;
  /** Credit a candidate's lineage earned from its descendants' improvements. */
  ancestryCredit(candidateId: string): number;
  /** Candidates of the directive's current version with the most ancestry credit (for parent selection). */
  topByAncestry(directiveId: string, limit: number): { candidate: CandidateRecord; credit: number }[];
  /** Every candidate of every version of the directive, with the edges between them. */
  lineage(directiveId: string): { nodes: CandidateRecord[]; edges: { parent: string; child: string }[] };
  /** The same graph as lineage() with summaries instead of full records, for views that fetch code on demand. */
  lineageGraph(directiveId: string): { nodes: CandidateSummary[]; edges: { parent: string; child: string }[] };
  /** Candidates registered after `afterSeq` (0 = from the start), oldest first; optionally one directive's, at most `limit`. */
  candidatesSince(afterSeq: number, query?: { directiveId?: string; limit?: number }): CandidateFeed;
  /** Counts by status and success by engine, operator and prompt variant. */
  stats(directiveId: string): DirectiveStats;

  recordEvent(event: EventRecord): void;
  /** Oldest first; `afterId` pages forward, `limit` without `afterId` keeps the most recent. */
  listEvents(query: { runId?: string; directiveId?: string; kind?: string; afterId?: number; limit?: number }): EventRecord[];
  recordStop(stop: StopRecord): void;
  /** Stops of one run, or of all runs, oldest first. */
  listStops(runId?: string): StopRecord[];

  /** Problems found by the store's own consistency checks; empty when healthy. */
  checkIntegrity(): string[];

  close(): void;
}
