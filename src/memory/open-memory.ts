import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as sqliteVec from 'sqlite-vec';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { migrateRegistry } from '../registry/migrate-registry.js';
import { registryPath } from '../registry/open-registry.js';
import type { Embedder } from './embedder.js';
import { Memory } from './memory.js';

/** Opens the memory kept in a work directory's registry database (its own connection, with sqlite-vec loaded). */
export function openMemory(workDir: string, embedder: Embedder): Memory {
  return openMemoryAt(registryPath(workDir), embedder);
}

/** Opens the memory in a registry database file, or ':memory:' for a throw-away one; migrates the schema as needed. */
export function openMemoryAt(path: string, embedder: Embedder): Memory {
  let db: Database.Database | undefined;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    sqliteVec.load(db);
    migrateRegistry(db, path);
    return new Memory(db, embedder);
  } catch (error) {
    db?.close();
    if (HephaestusError.isInstance(error)) throw error;
    throw new HephaestusError('INTERNAL', `cannot open the memory in ${path}: ${(error as Error).message}`, { file: path, cause: error });
  }
}
