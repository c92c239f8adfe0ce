import type { Database, Statement } from 'better-sqlite3';
import type { EventRecord } from './records.js';
import { decodeRegistryJson, encodeRegistryJson } from './registry-json.js';

interface EventRow {
  id: number;
  run_id: string;
  directive_id: string | null;
  candidate_id: string | null;
  kind: string;
  data: string;
  at: string;
}

/** Filters of listEvents; every field optional. */
export interface EventQuery {
  runId?: string;
  directiveId?: string;
  kind?: string;
  afterId?: number;
  limit?: number;
}

function fromRow(row: EventRow): EventRecord {
  const event: EventRecord = { id: row.id, runId: row.run_id, kind: row.kind, data: decodeRegistryJson(row.data), at: row.at };
  if (row.directive_id !== null) event.directiveId = row.directive_id;
  if (row.candidate_id !== null) event.candidateId = row.candidate_id;
  return event;
}

/** Events (generation summaries, custodian notes, usage) in arrival order. */
export class EventStore {
  private readonly insert: Statement;
  // One statement per filter shape so that each can use its index (kind, run or directive, then id).
  private readonly listings = new Map<string, Statement<unknown[], EventRow>>();

  constructor(private readonly db: Database) {
    this.insert = db.prepare(
      'INSERT INTO events (run_id, directive_id, candidate_id, kind, data, at) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  /** Appends an event; `at` defaults to now. */
  recordEvent(event: EventRecord): void {
    this.insert.run(
      event.runId,
      event.directiveId ?? null,
      event.candidateId ?? null,
      event.kind,
      encodeRegistryJson(event.data),
      event.at ?? new Date().toISOString(),
    );
  }

  /** Oldest first; `afterId` pages forward, `limit` alone keeps the most recent. */
  listEvents(query: EventQuery): EventRecord[] {
    const where = ['id > ?'];
    const params: unknown[] = [query.afterId ?? 0];
    const filters: [string, string | undefined][] = [
      ['run_id', query.runId],
      ['directive_id', query.directiveId],
      ['kind', query.kind],
    ];
    for (const [column, value] of filters) {
      if (value === undefined) continue;
      where.push(`${column} = ?`);
      params.push(value);
    }
    // The most recent `limit` are read newest first, then returned oldest first like every listing.
    const newest = query.afterId === undefined && query.limit !== undefined;
    const sql = `SELECT * FROM events WHERE ${where.join(' AND ')} ORDER BY id ${newest ? 'DESC' : ''} LIMIT ?`;
    params.push(query.limit ?? -1);
    let statement = this.listings.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[], EventRow>(sql);
      this.listings.set(sql, statement);
    }
    const events = statement.all(...params).map(fromRow);
    return newest ? events.reverse() : events;
  }
}
