import type { Database } from 'better-sqlite3';
import { CandidateReader } from './candidate-reader.js';
import { CandidateWriter } from './candidate-writer.js';
import { DirectiveStatsQuery } from './directive-stats-query.js';
import { DirectiveStore } from './directive-store.js';
import { EventStore, type EventQuery } from './event-store.js';
import type { CandidateRecord, DirectiveRecord, EventRecord, RunRecord, StopRecord } from './records.js';
import type { CandidateFeed, CandidateQuery, CandidateSummary, DirectiveStats, Registry } from './registry.js';
import { RunStore } from './run-store.js';

/** The Registry over one SQLite database (opened and migrated by openRegistryAt); all writes are transactional. */
export class SqliteRegistry implements Registry {
  private readonly directives: DirectiveStore;
  private readonly runs: RunStore;
  private readonly writer: CandidateWriter;
  private readonly reader: CandidateReader;
  private readonly statsQuery: DirectiveStatsQuery;
  private readonly events: EventStore;

  constructor(private readonly db: Database) {
    this.directives = new DirectiveStore(db);
    this.runs = new RunStore(db);
    this.writer = new CandidateWriter(db);
    this.reader = new CandidateReader(db);
    this.statsQuery = new DirectiveStatsQuery(db);
    this.events = new EventStore(db);
  }

  upsertDirective(directive: DirectiveRecord): void {
    this.directives.upsertDirective(directive);
  }
  getDirective(id: string): DirectiveRecord | undefined {
    return this.directives.getDirective(id);
  }
  listDirectives(): DirectiveRecord[] {
    return this.directives.listDirectives();
  }
  setDirectiveStatus(id: string, status: DirectiveRecord['status']): void {
    this.directives.setDirectiveStatus(id, status);
  }

  createRun(run: RunRecord): void {
    this.runs.createRun(run);
  }
  updateRun(id: string, patch: Partial<Pick<RunRecord, 'status' | 'endedAt' | 'checkpoint' | 'engineState'>>): void {
    this.runs.updateRun(id, patch);
  }
  getRun(id: string): RunRecord | undefined {
    return this.runs.getRun(id);
  }
  listRuns(): RunRecord[] {
    return this.runs.listRuns();
  }
  latestRun(): RunRecord | undefined {
    return this.runs.latestRun();
  }

  addCandidate(candidate: CandidateRecord): void {
    this.writer.add(candidate);
  }
  getCandidate(id: string): CandidateRecord | undefined {
    return this.reader.get(id);
  }
  findByHash(directiveId: string, hash: string): CandidateRecord | undefined {
    return this.reader.findByHash(directiveId, hash);
  }
  listCandidates(query: CandidateQuery): CandidateRecord[] {
    return this.reader.list(query);
  }
  countCandidates(directiveId: string, runId?: string): number {
    return this.reader.count(directiveId, runId);
  }
  best(directiveId: string): CandidateRecord | undefined {
    return this.reader.best(directiveId);
  }
  ancestryCredit(candidateId: string): number {
    return this.reader.ancestryCredit(candidateId);
  }
  topByAncestry(directiveId: string, limit: number): { candidate: CandidateRecord; credit: number }[] {
    return this.reader.topByAncestry(directiveId, limit);
  }
  lineage(directiveId: string): { nodes: CandidateRecord[]; edges: { parent: string; child: string }[] } {
    return this.reader.lineage(directiveId);
  }
  lineageGraph(directiveId: string): { nodes: CandidateSummary[]; edges: { parent: string; child: string }[] } {
    return this.reader.lineageGraph(directiveId);
  }
  candidatesSince(afterSeq: number, query?: { directiveId?: string; limit?: number }): CandidateFeed {
    return this.reader.candidatesSince(afterSeq, query);
  }
  stats(directiveId: string): DirectiveStats {
    return this.statsQuery.stats(directiveId);
  }

  recordEvent(event: EventRecord): void {
    this.events.recordEvent(event);
  }
  listEvents(query: EventQuery): EventRecord[] {
    return this.events.listEvents(query);
  }
  recordStop(stop: StopRecord): void {
    this.runs.recordStop(stop);
  }
  listStops(runId?: string): StopRecord[] {
    return this.runs.listStops(runId);
  }

  /** SQLite's page-level check plus dangling foreign keys. */
  checkIntegrity(): string[] {
    const pages = (this.db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    const problems = pages.length === 1 && pages[0] === 'ok' ? [] : pages;
    const dangling = this.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const row of dangling) problems.push(`${row.table} row ${row.rowid} points to a missing ${row.parent} row`);
    return problems;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
