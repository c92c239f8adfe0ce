import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { migrateRegistry } from './migrate-registry.js';

/**
 * Opens a registry database connection, or ':memory:' for a throw-away one, and migrates it. WAL lets readers (the
 * visualiser, the memory) work while the forge writes; synchronous=NORMAL keeps every committed transaction through
 * a process crash (see docs/registry.md). `prepare` runs before migration (e.g. to load an extension).
 */
export function openRegistryDatabase(path: string, what: string, prepare: (db: Database.Database) => void = () => undefined): Database.Database {
  let db: Database.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    prepare(db);
    migrateRegistry(db, path);
    return db;
  } catch (error) {
    db?.close();
    if (HephaestusError.isInstance(error)) throw error;
    throw new HephaestusError('INTERNAL', `cannot open ${what} ${path}: ${(error as Error).message}`, { file: path, cause: error });
  }
}
