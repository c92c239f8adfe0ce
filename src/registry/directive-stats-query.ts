import type { Database, Statement } from 'better-sqlite3';
import type { CandidateStatus } from './records.js';
import type { DirectiveStats, OutcomeTally } from './registry.js';

const STATUSES: readonly CandidateStatus[] = ['build-failed', 'test-failed', 'evaluated', 'solved', 'rejected'];

interface GroupRow {
  engine: string;
  operator: string;
  variant: string | null;
  status: CandidateStatus;
  n: number;
  improved: number;
  best: number;
}

type Dimension = 'engine' | 'operator' | 'variant';

/** Computes DirectiveStats from one grouped scan, folding the few groups in memory. */
export class DirectiveStatsQuery {
  private readonly groups: Statement<[string], GroupRow>;

  constructor(db: Database) {
    this.groups = db.prepare(
      `SELECT engine, operator, prompt_variant AS variant, status, count(*) AS n, sum(improvement > 0) AS improved,
         max(score) AS best
       FROM candidates WHERE directive_id = ? GROUP BY engine, operator, prompt_variant, status`,
    );
  }

  /** Counts for one directive; an unknown directive has all counts zero. */
  stats(directiveId: string): DirectiveStats {
    const rows = this.groups.all(directiveId);
    const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<CandidateStatus, number>;
    for (const row of rows) byStatus[row.status] += row.n;
    return {
      directiveId,
      total: rows.reduce((sum, row) => sum + row.n, 0),
      byStatus,
      byEngine: tally(rows, 'engine'),
      byOperator: tally(rows, 'operator'),
      byPromptVariant: tally(rows, 'variant'),
    };
  }
}

// Most used first, so that status output shows what the forge actually relies on.
function tally(rows: GroupRow[], dimension: Dimension): OutcomeTally[] {
  const tallies = new Map<string, OutcomeTally>();
  for (const row of rows) {
    const key = row[dimension];
    if (key === null) continue;
    let entry = tallies.get(key);
    if (!entry) {
      entry = { key, total: 0, ok: 0, improved: 0, solved: 0, bestScore: Number.NEGATIVE_INFINITY };
      tallies.set(key, entry);
    }
    entry.total += row.n;
    entry.improved += row.improved;
    if (row.status === 'evaluated' || row.status === 'solved') entry.ok += row.n;
    if (row.status === 'solved') entry.solved += row.n;
    // Like best(): code that did not build or was rejected does not set the best score.
    if (row.status !== 'build-failed' && row.status !== 'rejected') entry.bestScore = Math.max(entry.bestScore, row.best);
  }
  return [...tallies.values()].sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
