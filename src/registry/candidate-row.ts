import { capArtifacts } from './cap-artifacts.js';
import type { CandidateRecord, ModuleUse } from './records.js';
import type { CandidateSummary } from './registry.js';
import { decodeRegistryJson, encodeRegistryJson } from './registry-json.js';

/** A row of the candidates table as better-sqlite3 returns it. */
export interface CandidateRow {
  seq: number;
  id: string;
  directive_id: string;
  run_id: string;
  version: number;
  cycle: number;
  hash: string;
  code: string;
  engine: string;
  operator: string;
  prompt_variant: string | null;
  model: string | null;
  status: CandidateRecord['status'];
  metrics: string;
  score: number;
  improvement: number;
  artifacts: string;
  created_at: string;
  /** JSON list of ModuleUse. */
  uses: string;
}

/** The columns of a candidate row in insert order, the one place that maps record fields to columns (version aside: see CandidateWriter). */
export const CANDIDATE_COLUMNS =
  'id, directive_id, run_id, cycle, hash, code, engine, operator, prompt_variant, model, status, metrics, score, improvement, artifacts, created_at, uses';

/** Named parameters for inserting a candidate (matching CANDIDATE_COLUMNS as @names). */
export function candidateRowParams(candidate: CandidateRecord, improvement: number): Record<string, unknown> {
  return {
    id: candidate.id,
    directive_id: candidate.directiveId,
    run_id: candidate.runId,
    version: candidate.version ?? null,
    cycle: candidate.cycle,
    hash: candidate.hash,
    code: candidate.code,
    engine: candidate.engine,
    operator: candidate.operator,
    prompt_variant: candidate.promptVariant ?? null,
    model: candidate.model ?? null,
    status: candidate.status,
    metrics: encodeRegistryJson(candidate.metrics),
    score: candidate.score,
    improvement,
    artifacts: encodeRegistryJson(capArtifacts(candidate.artifacts)),
    created_at: candidate.createdAt,
    uses: encodeRegistryJson(candidate.uses ?? []),
  };
}

/** Turns a stored row and its ordered parent ids back into the record that was added. */
export function candidateFromRow(row: CandidateRow, parents: string[]): CandidateRecord {
  return {
    ...summaryFromRow(row, parents),
    code: row.code,
    artifacts: decodeRegistryJson<CandidateRecord['artifacts']>(row.artifacts),
  };
}

/** A candidates row without the heavy columns, as read for summaries. */
export type CandidateSummaryRow = Omit<CandidateRow, 'code' | 'artifacts' | 'improvement'>;

/** The columns a CandidateSummary needs, so that graph queries skip the code and artifacts. */
export const SUMMARY_COLUMNS = 'seq, id, directive_id, run_id, version, cycle, hash, engine, operator, prompt_variant, model, status, metrics, score, created_at, uses';

/** Turns a summary row and its parents into a CandidateSummary. */
export function summaryFromRow(row: CandidateSummaryRow, parents: string[]): CandidateSummary {
  const summary: CandidateSummary = {
    id: row.id,
    directiveId: row.directive_id,
    runId: row.run_id,
    version: row.version,
    cycle: row.cycle,
    hash: row.hash,
    parents,
    engine: row.engine,
    operator: row.operator,
    status: row.status,
    metrics: decodeRegistryJson<Record<string, number>>(row.metrics),
    score: row.score,
    createdAt: row.created_at,
  };
  if (row.prompt_variant !== null) summary.promptVariant = row.prompt_variant;
  if (row.model !== null) summary.model = row.model;
  const uses = decodeRegistryJson<ModuleUse[]>(row.uses);
  if (uses.length > 0) summary.uses = uses;
  return summary;
}
