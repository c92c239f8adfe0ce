import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { migrateRegistry } from './migrate-registry.js';
import type { Registry } from './registry.js';
import { SqliteRegistry } from './sqlite-registry.js';

/** Where a work directory keeps its registry. */
export function registryPath(workDir: string): string {
  return join(workDir, '.hephaestus', 'registry.db');
}

/** Opens (creating and migrating as needed) the registry of a work directory. */
export function openRegistry(workDir: string): Registry {
  return openRegistryAt(registryPath(workDir));
}

/**
 * Opens a registry database file, or ':memory:' for a throw-away one. WAL lets the visualiser read while the forge
 * writes; synchronous=NORMAL keeps every committed transaction through a process crash (see docs/registry.md).
 */
export function openRegistryAt(path: string): Registry {
  let db: Database.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    migrateRegistry(db, path);
    return new SqliteRegistry(db);
  } catch (error) {
    db?.close();
    if (HephaestusError.isInstance(error)) throw error;
    throw new HephaestusError('INTERNAL', `cannot open registry ${path}: ${(error as Error).message}`, {
      file: path,
      cause: error,
    });
  }
}
