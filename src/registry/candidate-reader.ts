import type { Database, Statement } from 'better-sqlite3';
import { candidateFromRow, type CandidateRow, type CandidateSummaryRow, SUMMARY_COLUMNS, summaryFromRow } from './candidate-row.js';
import type { CandidateRecord } from './records.js';
import type { CandidateFeed, CandidateQuery, CandidateSummary } from './registry.js';

// Code that did not build or that a guard rejected is never the best, a node, or a favoured parent.
const USABLE = `status NOT IN ('build-failed', 'rejected')`;
// A changed directive is a new problem: its older versions' candidates are history, not answers (their directive id is the second parameter).
const CURRENT = 'version = (SELECT version FROM directives WHERE id = ?)';

/** Answers every read query about candidates, with statements prepared once. */
export class CandidateReader {
  private readonly byId: Statement<[string], CandidateRow>;
  private readonly byHash: Statement<[string, string, string], CandidateRow>;
  private readonly parentsOf: Statement<[string], string>;
  private readonly bestOf: Statement<[string, string], CandidateRow>;
  private readonly creditOf: Statement<[string], number>;
  private readonly topCredit: Statement<[string, string, number], CandidateRow & { credit: number }>;
  private readonly allOf: Statement<[string], CandidateRow>;
  private readonly summariesOf: Statement<[string], CandidateSummaryRow>;
  private readonly parentsOfMany: Statement<[string], { child: string; parent: string }>;
  private readonly edgesOf: Statement<[string], { parent: string; child: string }>;
  private readonly since: Statement<{ after: number; directive: string | null; limit: number }, CandidateRow>;
  private readonly counter: Statement<{ directive: string; run: string | null }, number>;
  private readonly listings = new Map<string, Statement<unknown[], CandidateRow>>();

  constructor(private readonly db: Database) {
    this.byId = db.prepare('SELECT * FROM candidates WHERE id = ?');
    this.byHash = db.prepare(`SELECT * FROM candidates WHERE directive_id = ? AND hash = ? AND ${CURRENT} ORDER BY seq LIMIT 1`);
    this.parentsOf = db.prepare<[string], string>('SELECT parent_id FROM lineage_edges WHERE child_id = ? ORDER BY position').pluck();
    this.bestOf = db.prepare(`SELECT * FROM candidates WHERE directive_id = ? AND ${CURRENT} AND ${USABLE} ORDER BY score DESC, seq LIMIT 1`);
    this.creditOf = db.prepare<[string], number>('SELECT credit FROM ancestry_credit WHERE candidate_id = ?').pluck();
    this.topCredit = db.prepare(
      `SELECT c.*, a.credit AS credit FROM ancestry_credit a JOIN candidates c ON c.id = a.candidate_id
       WHERE a.directive_id = ? AND c.${CURRENT} AND a.credit > 0 AND c.${USABLE} ORDER BY a.credit DESC, c.seq LIMIT ?`,
    );
    this.allOf = db.prepare('SELECT * FROM candidates WHERE directive_id = ? ORDER BY seq');
    this.summariesOf = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM candidates WHERE directive_id = ? ORDER BY seq`);
    this.parentsOfMany = db.prepare(
      `SELECT child_id AS child, parent_id AS parent FROM lineage_edges
       WHERE child_id IN (SELECT value FROM json_each(?)) ORDER BY child_id, position`,
    );
    this.edgesOf = db.prepare(
      `SELECT e.parent_id AS parent, e.child_id AS child FROM candidates c JOIN lineage_edges e ON e.child_id = c.id
       WHERE c.directive_id = ? ORDER BY c.seq, e.position`,
    );
    this.since = db.prepare(
      `SELECT * FROM candidates WHERE seq > @after AND (@directive IS NULL OR directive_id = @directive) ORDER BY seq LIMIT @limit`,
    );
    this.counter = db
      .prepare<{ directive: string; run: string | null }, number>(
        `SELECT count(*) FROM candidates WHERE directive_id = @directive
         AND (run_id = @run OR (@run IS NULL AND version = (SELECT version FROM directives WHERE id = @directive)))`,
      )
      .pluck();
  }

  /** One candidate with its parents, or undefined. */
  get(id: string): CandidateRecord | undefined {
    return this.hydrate(this.byId.get(id));
  }

  /** The first candidate of the directive's current version registered with this code hash. */
  findByHash(directiveId: string, hash: string): CandidateRecord | undefined {
    return this.hydrate(this.byHash.get(directiveId, hash, directiveId));
  }

  /** Best usable candidate (not build-failed, not rejected) of the directive's current version; the earliest wins a tie. */
  best(directiveId: string): CandidateRecord | undefined {
    return this.hydrate(this.bestOf.get(directiveId, directiveId));
  }

  /** A filtered, ordered listing of the directive's current version; one statement per query shape, prepared on first use. */
  list(query: CandidateQuery): CandidateRecord[] {
    const where = ['directive_id = ?', CURRENT];
    const params: unknown[] = [query.directiveId, query.directiveId];
    if (query.runId !== undefined) {
      where.push('run_id = ?');
      params.push(query.runId);
    }
    if (query.statuses !== undefined) {
      where.push('status IN (SELECT value FROM json_each(?))');
      params.push(JSON.stringify(query.statuses));
    }
    const order = query.orderBy === 'score' ? 'score DESC, seq' : 'seq';
    const sql = `SELECT * FROM candidates WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ?`;
    params.push(query.limit ?? -1);
    let statement = this.listings.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], CandidateRow>(sql);
      this.listings.set(sql, statement);
    }
    return this.hydrateAll(statement.all(...params));
  }

  /** How many candidates the directive's current version has, or (given a run) that run registered for it. */
  count(directiveId: string, runId?: string): number {
    return this.counter.get({ directive: directiveId, run: runId ?? null }) ?? 0;
  }

  /** Accumulated ancestry credit; 0 for a candidate whose descendants never improved. */
  ancestryCredit(id: string): number {
    return this.creditOf.get(id) ?? 0;
  }

  /** Usable candidates of the current version with positive credit, most first. */
  topByAncestry(directiveId: string, limit: number): { candidate: CandidateRecord; credit: number }[] {
    const rows = this.topCredit.all(directiveId, directiveId, limit);
    const candidates = this.hydrateAll(rows);
    return rows.map((row, index) => ({ candidate: candidates[index], credit: row.credit }));
  }

  /** Every candidate of a directive (all versions) in registration order and every edge into them, read in two queries. */
  lineage(directiveId: string): { nodes: CandidateRecord[]; edges: { parent: string; child: string }[] } {
    const edges = this.edgesOf.all(directiveId);
    const parents = groupParents(edges);
    return { nodes: this.allOf.all(directiveId).map((row) => candidateFromRow(row, parents.get(row.id) ?? [])), edges };
  }

  /** lineage() without code and artifacts. */
  lineageGraph(directiveId: string): { nodes: CandidateSummary[]; edges: { parent: string; child: string }[] } {
    const edges = this.edgesOf.all(directiveId);
    const parents = groupParents(edges);
    return { nodes: this.summariesOf.all(directiveId).map((row) => summaryFromRow(row, parents.get(row.id) ?? [])), edges };
  }

  /** Candidates registered after a sequence number, oldest first. */
  candidatesSince(afterSeq: number, query: { directiveId?: string; limit?: number } = {}): CandidateFeed {
    const rows = this.since.all({ after: afterSeq, directive: query.directiveId ?? null, limit: query.limit ?? -1 });
    return {
      candidates: this.hydrateAll(rows),
      lastSeq: rows.length > 0 ? rows[rows.length - 1].seq : afterSeq,
    };
  }

  private hydrate(row: CandidateRow | undefined): CandidateRecord | undefined {
    return row ? candidateFromRow(row, this.parentsOf.all(row.id)) : undefined;
  }

  // One edge query for the whole page instead of one per row.
  private hydrateAll(rows: CandidateRow[]): CandidateRecord[] {
    if (rows.length === 0) return [];
    const parents = groupParents(this.parentsOfMany.all(JSON.stringify(rows.map((row) => row.id))));
    return rows.map((row) => candidateFromRow(row, parents.get(row.id) ?? []));
  }
}

// Edges arrive ordered by position within each child, so pushing keeps each parent list in order.
function groupParents(edges: { parent: string; child: string }[]): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const edge of edges) {
    const list = parents.get(edge.child);
    if (list) list.push(edge.parent);
    else parents.set(edge.child, [edge.parent]);
  }
  return parents;
}
