import { lastPromotion, type CandidateSummary, type Registry, type RunRecord } from '../index.js';

/** One directive of a forge run as `status` shows it: the run's own count, the directive's current state. */
export interface RunDirectiveRow {
  id: string;
  status: string;
  /** What the run registered for it, and of which versions. */
  candidates: number;
  versions: number[];
  bestCandidateId?: string;
  bestScore?: number;
  promoted?: { candidateId?: string; kind: string; score: unknown };
  refused?: { candidateId?: string; score: unknown; objections: string[] };
}

/** A directive's current version: what nodes/ holds for it, what waits for approval, its best unsolved candidate. */
export interface DirectiveRow extends Omit<RunDirectiveRow, 'candidates' | 'versions'> {
  version: number;
  /** The first 8 hex digits of its fingerprint; absent for a directive registered before versions. */
  fingerprint?: string;
  candidates: number;
}

/** One `hephaestus eval`: the module it scored, against which version, and whether that solved (and promoted) it. */
export interface EvalRow {
  id: string;
  directiveId: string;
  module?: string;
  startedAt: string;
  candidateId?: string;
  version?: number;
  status?: string;
  score?: number;
  promoted?: string;
}

/** Everything `status` prints: forge runs, eval runs and the directives' current versions, kept apart. */
export interface StatusReport {
  runs: (Pick<RunRecord, 'id' | 'status' | 'engine' | 'seed' | 'startedAt' | 'endedAt'> & { stop?: { reason: string; detail: string; at: string }; directives: RunDirectiveRow[] })[];
  evals: EvalRow[];
  directives: DirectiveRow[];
}

/** What nodes/ holds for a directive's current version, and the last candidate the custodian refused to promote, when it matters. */
function promotionOf(registry: Registry, directiveId: string): Pick<RunDirectiveRow, 'promoted' | 'refused'> {
  const promoted = lastPromotion(registry, directiveId);
  const refused = registry.listEvents({ directiveId, kind: 'promotion-refused', limit: 1 }).at(-1);
  const objections = Array.isArray(refused?.data.objections) ? refused.data.objections.map(String) : [];
  return {
    promoted: promoted && { candidateId: promoted.candidateId, kind: promoted.kind, score: promoted.data.score },
    // A refusal matters when it came after the promotion or when it passed over a better candidate than the one promoted.
    refused: refused && ((refused.id ?? 0) > (promoted?.id ?? 0) || scoreOf(refused.data.score) > scoreOf(promoted?.data.score)) ? { candidateId: refused.candidateId, score: refused.data.score, objections } : undefined,
  };
}

const scoreOf = (score: unknown): number => (typeof score === 'number' ? score : Number.NEGATIVE_INFINITY);

function evalRow(registry: Registry, run: RunRecord, candidatesOf: (directiveId: string, runId: string) => CandidateSummary[]): EvalRow {
  const directiveId = run.directiveIds[0];
  const [candidate] = candidatesOf(directiveId, run.id);
  const promotion = registry.listEvents({ runId: run.id }).find((e) => e.kind === 'node-written' || e.kind === 'awaiting-approval');
  const module = typeof run.options.module === 'string' ? run.options.module : undefined;
  return { id: run.id, directiveId, module, startedAt: run.startedAt, candidateId: candidate?.id, version: candidate?.version, status: candidate?.status, score: candidate?.score, promoted: promotion?.kind };
}

/** Reads the status report from a registry. */
export function statusReport(registry: Registry): StatusReport {
  const all = registry.listRuns();
  // One graph read per directive (summaries: no code), grouped by run, serves every run and eval that worked on it.
  const byRun = new Map<string, Map<string, CandidateSummary[]>>();
  const candidatesOf = (directiveId: string, runId: string): CandidateSummary[] => {
    let runs = byRun.get(directiveId);
    if (!runs) {
      runs = new Map();
      for (const node of registry.lineageGraph(directiveId).nodes) {
        const list = runs.get(node.runId);
        if (list) list.push(node);
        else runs.set(node.runId, [node]);
      }
      byRun.set(directiveId, runs);
    }
    return runs.get(runId) ?? [];
  };
  const runs = all.filter((run) => run.engine !== 'eval').map((run) => ({
    id: run.id,
    status: run.status,
    engine: run.engine,
    seed: run.seed,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    stop: run.stop ? { reason: run.stop.reason, detail: run.stop.detail, at: run.stop.at } : undefined,
    directives: run.directiveIds.map((id): RunDirectiveRow => {
      const best = registry.best(id);
      const mine = candidatesOf(id, run.id);
      const versions = [...new Set(mine.map((n) => n.version ?? 1))];
      return { id, status: registry.getDirective(id)?.status ?? 'open', candidates: mine.length, versions, bestCandidateId: best?.id, bestScore: best?.score, ...promotionOf(registry, id) };
    }),
  }));
  const directives = registry.listDirectives().map((d): DirectiveRow => {
    const best = registry.best(d.id);
    const fingerprint = d.fingerprint?.slice(0, 8);
    return { id: d.id, status: d.status, version: d.version ?? 1, ...(fingerprint ? { fingerprint } : {}), candidates: registry.countCandidates(d.id), bestCandidateId: best?.id, bestScore: best?.score, ...promotionOf(registry, d.id) };
  });
  return { runs, evals: all.filter((run) => run.engine === 'eval').map((run) => evalRow(registry, run, candidatesOf)), directives };
}
