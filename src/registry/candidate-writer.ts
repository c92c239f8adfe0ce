import type { Database, Statement } from 'better-sqlite3';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { ancestryCreditShares, improvementOverParents } from './ancestry-credit-rule.js';
import { CANDIDATE_COLUMNS, candidateRowParams } from './candidate-row.js';
import type { CandidateRecord } from './records.js';

/** Registers candidates: the row, its lineage edges and its ancestors' credit in one transaction. */
export class CandidateWriter {
  private readonly insertCandidate: Statement;
  private readonly insertEdge: Statement;
  private readonly creditAncestor: Statement;
  private readonly scoreOf: Statement<[string], { score: number }>;
  private readonly parentsOf: Statement<[string], string>;
  private readonly directiveExists: Statement<[string], number>;
  private readonly runExists: Statement<[string], number>;
  private readonly addInTransaction: (candidate: CandidateRecord) => void;

  constructor(db: Database) {
    const values = CANDIDATE_COLUMNS.split(', ')
      .map((column) => `@${column}`)
      .join(', ');
    // A candidate given without a version belongs to its directive's current one.
    const version = 'COALESCE(@version, (SELECT version FROM directives WHERE id = @directive_id))';
    this.insertCandidate = db.prepare(`INSERT INTO candidates (${CANDIDATE_COLUMNS}, version) VALUES (${values}, ${version})`);
    this.insertEdge = db.prepare('INSERT INTO lineage_edges (child_id, position, parent_id) VALUES (?, ?, ?)');
    this.creditAncestor = db.prepare(
      `INSERT INTO ancestry_credit (candidate_id, directive_id, credit, contributions)
       VALUES (@id, (SELECT directive_id FROM candidates WHERE id = @id), @credit, 1)
       ON CONFLICT (candidate_id) DO UPDATE SET credit = credit + excluded.credit, contributions = contributions + 1`,
    );
    this.scoreOf = db.prepare<[string], { score: number }>('SELECT score FROM candidates WHERE id = ?');
    this.parentsOf = db
      .prepare<[string], string>('SELECT parent_id FROM lineage_edges WHERE child_id = ? ORDER BY position')
      .pluck();
    this.directiveExists = db.prepare<[string], number>('SELECT 1 FROM directives WHERE id = ?').pluck();
    this.runExists = db.prepare<[string], number>('SELECT 1 FROM runs WHERE id = ?').pluck();
    this.addInTransaction = db.transaction((candidate: CandidateRecord) => this.insert(candidate));
  }

  /** Adds one candidate; throws without writing anything when it is inconsistent with the store. */
  add(candidate: CandidateRecord): void {
    if (Number.isNaN(candidate.score)) {
      throw new HephaestusError('INTERNAL', `candidate ${candidate.id}: score is NaN`, { field: 'score' });
    }
    try {
      this.addInTransaction(candidate);
    } catch (error) {
      if (HephaestusError.isInstance(error)) throw error;
      throw new HephaestusError('INTERNAL', `cannot register candidate ${candidate.id}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  private insert(candidate: CandidateRecord): void {
    if (this.scoreOf.get(candidate.id)) {
      throw new HephaestusError('INTERNAL', `candidate ${candidate.id} is already registered`, { field: 'id' });
    }
    if (!this.directiveExists.get(candidate.directiveId)) {
      throw new HephaestusError('NOT_FOUND', `candidate ${candidate.id}: unknown directive ${candidate.directiveId}`, {
        field: 'directiveId',
      });
    }
    if (!this.runExists.get(candidate.runId)) {
      throw new HephaestusError('NOT_FOUND', `candidate ${candidate.id}: unknown run ${candidate.runId}`, { field: 'runId' });
    }
    const parents = [...new Set(candidate.parents)];
    const parentScores = parents.map((parent) => this.parentScore(candidate.id, parent));
    const improvement = improvementOverParents(candidate.score, parentScores);
    this.insertCandidate.run(candidateRowParams(candidate, improvement));
    parents.forEach((parent, position) => this.insertEdge.run(candidate.id, position, parent));
    const shares = ancestryCreditShares(improvement, parents, (id) => this.parentsOf.all(id));
    for (const [id, credit] of shares) this.creditAncestor.run({ id, credit });
  }

  private parentScore(child: string, parent: string): number {
    const row = this.scoreOf.get(parent);
    if (!row) {
      throw new HephaestusError('NOT_FOUND', `candidate ${child}: unknown parent ${parent}`, { field: 'parents' });
    }
    return row.score;
  }
}
