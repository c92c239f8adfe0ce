import type { CandidateRecord, DirectiveRecord, EventRecord, RunRecord, StopRecord } from './records.js';

/** Options for listing a directive's candidates. */
export interface CandidateQuery {
  directiveId: string;
  runId?: string;
  statuses?: CandidateRecord['status'][];
  /** Best score first when set; otherwise creation order. */
  orderBy?: 'score' | 'created';
  limit?: number;
}

/** The store of directives, runs, candidates, lineage, events and stops; implementations run the registry contract suite. */
export interface Registry {
  upsertDirective(directive: DirectiveRecord): void;
  getDirective(id: string): DirectiveRecord | undefined;
  listDirectives(): DirectiveRecord[];
  setDirectiveStatus(id: string, status: DirectiveRecord['status']): void;

  createRun(run: RunRecord): void;
  updateRun(id: string, patch: Partial<Pick<RunRecord, 'status' | 'endedAt' | 'checkpoint'>>): void;
  getRun(id: string): RunRecord | undefined;
  listRuns(): RunRecord[];

  /** Adds a candidate, its lineage edges and the ancestry credit it earns its ancestors, atomically. */
  addCandidate(candidate: CandidateRecord): void;
  getCandidate(id: string): CandidateRecord | undefined;
  /** Looks up a candidate of a directive by the hash of its code (dedup). */
  findByHash(directiveId: string, hash: string): CandidateRecord | undefined;
  listCandidates(query: CandidateQuery): CandidateRecord[];
  countCandidates(directiveId: string, runId?: string): number;
  best(directiveId: string): CandidateRecord | undefined;
  /** Credit a candidate's lineage earned from its descendants' improvements. */
  ancestryCredit(candidateId: string): number;
  /** Candidates of a directive with the most ancestry credit (for parent selection). */
  topByAncestry(directiveId: string, limit: number): { candidate: CandidateRecord; credit: number }[];
  lineage(directiveId: string): { nodes: CandidateRecord[]; edges: { parent: string; child: string }[] };

  recordEvent(event: EventRecord): void;
  listEvents(query: { runId?: string; directiveId?: string; kind?: string; limit?: number }): EventRecord[];
  recordStop(stop: StopRecord): void;

  close(): void;
}
