import type { Database, Statement } from 'better-sqlite3';
import { HephaestusError } from '../errors/hephaestus-error.js';
import type { DirectiveRecord } from './records.js';

interface DirectiveRow {
  id: string;
  file: string;
  goal: string;
  signature: string;
  json: string;
  parent: string | null;
  priority: number;
  status: DirectiveRecord['status'];
  version: number;
  fingerprint: string;
}

function fromRow(row: DirectiveRow): DirectiveRecord {
  const { parent, fingerprint, ...rest } = row;
  return { ...rest, ...(parent === null ? {} : { parent }), ...(fingerprint === '' ? {} : { fingerprint }) };
}

/** Directives and their goal-tree fields (parent, priority, status). */
export class DirectiveStore {
  private readonly upsert: Statement;
  private readonly byId: Statement<[string], DirectiveRow>;
  private readonly all: Statement<[], DirectiveRow>;
  private readonly setStatus: Statement;

  constructor(db: Database) {
    // The parent is not a foreign key: a goal tree's files load in any order, children before parents.
    this.upsert = db.prepare(
      `INSERT INTO directives (id, file, goal, signature, json, parent, priority, status, version, fingerprint)
       VALUES (@id, @file, @goal, @signature, @json, @parent, @priority, @status, COALESCE(@version, 1), COALESCE(@fingerprint, ''))
       ON CONFLICT (id) DO UPDATE SET file = excluded.file, goal = excluded.goal, signature = excluded.signature,
         json = excluded.json, parent = excluded.parent, priority = excluded.priority, status = excluded.status,
         version = COALESCE(@version, directives.version), fingerprint = COALESCE(@fingerprint, directives.fingerprint)`,
    );
    this.byId = db.prepare('SELECT * FROM directives WHERE id = ?');
    this.all = db.prepare('SELECT * FROM directives ORDER BY priority DESC, id');
    this.setStatus = db.prepare('UPDATE directives SET status = ? WHERE id = ?');
  }

  /** Inserts or replaces a directive by id; a record without version or fingerprint keeps the stored ones. */
  upsertDirective(directive: DirectiveRecord): void {
    this.upsert.run({ ...directive, parent: directive.parent ?? null, version: directive.version ?? null, fingerprint: directive.fingerprint ?? null });
  }

  /** One directive, or undefined. */
  getDirective(id: string): DirectiveRecord | undefined {
    const row = this.byId.get(id);
    return row ? fromRow(row) : undefined;
  }

  /** All directives, highest priority first (the order the goal tree is worked on). */
  listDirectives(): DirectiveRecord[] {
    return this.all.all().map(fromRow);
  }

  /** Changes a directive's status; an unknown id is a NOT_FOUND error. */
  setDirectiveStatus(id: string, status: DirectiveRecord['status']): void {
    if (this.setStatus.run(status, id).changes === 0) {
      throw new HephaestusError('NOT_FOUND', `unknown directive ${id}`, { field: 'directiveId' });
    }
  }
}
