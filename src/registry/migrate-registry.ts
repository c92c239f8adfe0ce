import type { Database } from 'better-sqlite3';
import { HephaestusError } from '../errors/hephaestus-error.js';

// Each entry moves the schema from version i to i + 1; append new entries, never edit old ones.
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE directives (
    id TEXT PRIMARY KEY,
    file TEXT NOT NULL,
    goal TEXT NOT NULL,
    signature TEXT NOT NULL,
    json TEXT NOT NULL,
    parent TEXT,
    priority REAL NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'solved', 'stalled', 'paused', 'flagged'))
  );
  CREATE INDEX directives_parent ON directives (parent);

  CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    directive_ids TEXT NOT NULL,
    directive_files TEXT NOT NULL,
    engine TEXT NOT NULL,
    seed INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'stopped', 'completed', 'failed')),
    started_at TEXT NOT NULL,
    ended_at TEXT,
    checkpoint TEXT NOT NULL,
    options TEXT NOT NULL
  );

  CREATE TABLE candidates (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    directive_id TEXT NOT NULL REFERENCES directives (id),
    run_id TEXT NOT NULL REFERENCES runs (id),
    cycle INTEGER NOT NULL,
    hash TEXT NOT NULL,
    code TEXT NOT NULL,
    engine TEXT NOT NULL,
    operator TEXT NOT NULL,
    prompt_variant TEXT,
    model TEXT,
    status TEXT NOT NULL CHECK (status IN ('build-failed', 'test-failed', 'evaluated', 'solved', 'rejected')),
    metrics TEXT NOT NULL,
    score REAL NOT NULL,
    improvement REAL NOT NULL,
    artifacts TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX candidates_directive_seq ON candidates (directive_id, seq);
  CREATE INDEX candidates_directive_score ON candidates (directive_id, score DESC, seq);
  CREATE INDEX candidates_directive_hash ON candidates (directive_id, hash);
  CREATE INDEX candidates_directive_run ON candidates (directive_id, run_id, seq);

  CREATE TABLE lineage_edges (
    child_id TEXT NOT NULL REFERENCES candidates (id),
    position INTEGER NOT NULL,
    parent_id TEXT NOT NULL REFERENCES candidates (id),
    PRIMARY KEY (child_id, position),
    UNIQUE (child_id, parent_id)
  ) WITHOUT ROWID;
  CREATE INDEX lineage_edges_parent ON lineage_edges (parent_id);

  CREATE TABLE ancestry_credit (
    candidate_id TEXT PRIMARY KEY REFERENCES candidates (id),
    directive_id TEXT NOT NULL,
    credit REAL NOT NULL,
    contributions INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX ancestry_credit_directive ON ancestry_credit (directive_id, credit DESC);

  CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL,
    directive_id TEXT,
    candidate_id TEXT,
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX events_kind ON events (kind, id);
  CREATE INDEX events_run ON events (run_id, id);
  CREATE INDEX events_directive ON events (directive_id, id);

  CREATE TABLE stops (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL REFERENCES runs (id),
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    at TEXT NOT NULL
  );
  CREATE INDEX stops_run ON stops (run_id, id);
  `,
  // 2: the vector memory (src/memory/): candidates' code, directives and lessons with their embeddings, shared across runs.
  `
  CREATE TABLE memory_items (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('candidate', 'directive', 'lesson')),
    ref TEXT NOT NULL,
    directive_id TEXT,
    signature TEXT,
    text TEXT NOT NULL,
    score REAL,
    embedder TEXT NOT NULL,
    embedding BLOB NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (embedder, kind, ref)
  );
  CREATE INDEX memory_items_space ON memory_items (embedder, kind, directive_id);
  `,
  // 3: what engines carry across cycles (GP populations, prompt-variant records), saved with each checkpoint for resume.
  `
  ALTER TABLE runs ADD COLUMN engine_state TEXT NOT NULL DEFAULT '{}';
  `,
  // 4: the solved modules of other directives a candidate builds on (a JSON list of directive and candidate ids).
  `
  ALTER TABLE candidates ADD COLUMN uses TEXT NOT NULL DEFAULT '[]';
  `,
  // 5: directive versions: a changed directive (new fingerprint) or `run --fresh` starts a new version; candidates keep theirs.
  `
  ALTER TABLE directives ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  ALTER TABLE directives ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
  ALTER TABLE candidates ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
  CREATE INDEX candidates_directive_version_score ON candidates (directive_id, version, score DESC, seq);
  `,
];

/** The schema version this code writes; a database with a higher version came from newer code and is refused. */
export const REGISTRY_SCHEMA_VERSION = MIGRATIONS.length;

/** Brings a registry database up to REGISTRY_SCHEMA_VERSION, each step in its own transaction with its version bump. */
export function migrateRegistry(db: Database, file: string): void {
  const step = db.transaction((): boolean => {
    // Read inside the write lock: another process may have migrated while this one waited.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > REGISTRY_SCHEMA_VERSION) {
      throw new HephaestusError(
        'UNSUPPORTED',
        `${file}: registry schema version ${version} is newer than this Hephaestus understands (${REGISTRY_SCHEMA_VERSION})`,
        { file },
      );
    }
    if (version === REGISTRY_SCHEMA_VERSION) return false;
    db.exec(MIGRATIONS[version]);
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  while (step.immediate()) {
    // each pass applies one migration
  }
}
