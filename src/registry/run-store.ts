import type { Database, Statement } from 'better-sqlite3';
import { HephaestusError } from '../errors/hephaestus-error.js';
import type { RunRecord, StopRecord } from './records.js';
import { decodeRegistryJson, encodeRegistryJson } from './registry-json.js';

interface RunRow {
  id: string;
  directive_ids: string;
  directive_files: string;
  engine: string;
  seed: number;
  status: RunRecord['status'];
  started_at: string;
  ended_at: string | null;
  checkpoint: string;
  options: string;
  engine_state: string;
}

interface StopRow {
  run_id: string;
  reason: StopRecord['reason'];
  detail: string;
  at: string;
}

function stopFromRow(row: StopRow): StopRecord {
  return { runId: row.run_id, reason: row.reason, detail: row.detail, at: row.at };
}

/** Runs with their checkpoints, and the stops that ended them. */
export class RunStore {
  private readonly insert: Statement;
  private readonly byId: Statement<[string], RunRow>;
  private readonly all: Statement<[], RunRow>;
  private readonly latest: Statement<[], RunRow>;
  private readonly patch: Statement;
  private readonly insertStop: Statement;
  private readonly lastStop: Statement<[string], StopRow>;
  private readonly stops: Statement<{ run: string | null }, StopRow>;

  constructor(db: Database) {
    this.insert = db.prepare(
      `INSERT INTO runs (id, directive_ids, directive_files, engine, seed, status, started_at, ended_at, checkpoint, options, engine_state)
       VALUES (@id, @directive_ids, @directive_files, @engine, @seed, @status, @started_at, @ended_at, @checkpoint, @options, @engine_state)`,
    );
    this.byId = db.prepare('SELECT * FROM runs WHERE id = ?');
    this.all = db.prepare('SELECT * FROM runs ORDER BY rowid');
    this.latest = db.prepare('SELECT * FROM runs ORDER BY rowid DESC LIMIT 1');
    this.patch = db.prepare(
      `UPDATE runs SET status = coalesce(@status, status), ended_at = coalesce(@ended_at, ended_at),
         checkpoint = coalesce(@checkpoint, checkpoint), engine_state = coalesce(@engine_state, engine_state) WHERE id = @id`,
    );
    this.insertStop = db.prepare('INSERT INTO stops (run_id, reason, detail, at) VALUES (?, ?, ?, ?)');
    this.lastStop = db.prepare('SELECT * FROM stops WHERE run_id = ? ORDER BY id DESC LIMIT 1');
    this.stops = db.prepare('SELECT * FROM stops WHERE @run IS NULL OR run_id = @run ORDER BY id');
  }

  /** Stores a new run; its `stop` field is ignored (use recordStop). */
  createRun(run: RunRecord): void {
    this.insert.run({
      id: run.id,
      directive_ids: JSON.stringify(run.directiveIds),
      directive_files: JSON.stringify(run.directiveFiles),
      engine: run.engine,
      seed: run.seed,
      status: run.status,
      started_at: run.startedAt,
      ended_at: run.endedAt ?? null,
      checkpoint: encodeRegistryJson(run.checkpoint),
      options: encodeRegistryJson(run.options),
      engine_state: encodeRegistryJson(run.engineState ?? {}),
    });
  }

  /** Changes status, end time, checkpoint or engine state (a new checkpoint or engine state replaces the old one whole). */
  updateRun(id: string, patch: Partial<Pick<RunRecord, 'status' | 'endedAt' | 'checkpoint' | 'engineState'>>): void {
    const result = this.patch.run({
      id,
      status: patch.status ?? null,
      ended_at: patch.endedAt ?? null,
      checkpoint: patch.checkpoint === undefined ? null : encodeRegistryJson(patch.checkpoint),
      engine_state: patch.engineState === undefined ? null : encodeRegistryJson(patch.engineState),
    });
    if (result.changes === 0) throw new HephaestusError('NOT_FOUND', `unknown run ${id}`, { field: 'runId' });
  }

  /** One run with its latest stop, or undefined. */
  getRun(id: string): RunRecord | undefined {
    const row = this.byId.get(id);
    return row ? this.fromRow(row) : undefined;
  }

  /** All runs, oldest first. */
  listRuns(): RunRecord[] {
    return this.all.all().map((row) => this.fromRow(row));
  }

  /** The run created last. */
  latestRun(): RunRecord | undefined {
    const row = this.latest.get();
    return row ? this.fromRow(row) : undefined;
  }

  /** Records why a run stopped; an unknown run is a NOT_FOUND error. */
  recordStop(stop: StopRecord): void {
    if (!this.byId.get(stop.runId)) throw new HephaestusError('NOT_FOUND', `unknown run ${stop.runId}`, { field: 'runId' });
    this.insertStop.run(stop.runId, stop.reason, stop.detail, stop.at);
  }

  /** Stops of one run or of all runs, oldest first. */
  listStops(runId?: string): StopRecord[] {
    return this.stops.all({ run: runId ?? null }).map(stopFromRow);
  }

  private fromRow(row: RunRow): RunRecord {
    const run: RunRecord = {
      id: row.id,
      directiveIds: JSON.parse(row.directive_ids) as string[],
      directiveFiles: JSON.parse(row.directive_files) as string[],
      engine: row.engine,
      seed: row.seed,
      status: row.status,
      startedAt: row.started_at,
      checkpoint: decodeRegistryJson<Record<string, number>>(row.checkpoint),
      options: decodeRegistryJson<Record<string, unknown>>(row.options),
    };
    if (row.ended_at !== null) run.endedAt = row.ended_at;
    const engineState = decodeRegistryJson<Record<string, unknown>>(row.engine_state);
    if (Object.keys(engineState).length > 0) run.engineState = engineState;
    const stop = this.lastStop.get(row.id);
    if (stop) run.stop = stopFromRow(stop);
    return run;
  }
}
