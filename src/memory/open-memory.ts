import * as sqliteVec from 'sqlite-vec';
import { openRegistryDatabase } from '../registry/open-registry-database.js';
import { registryPath } from '../registry/open-registry.js';
import type { Embedder } from './embedder.js';
import { Memory } from './memory.js';

/** Opens the memory kept in a work directory's registry database (its own connection, with sqlite-vec loaded). */
export function openMemory(workDir: string, embedder: Embedder): Memory {
  return openMemoryAt(registryPath(workDir), embedder);
}

/** Opens the memory in a registry database file, or ':memory:' for a throw-away one; migrates the schema as needed. */
export function openMemoryAt(path: string, embedder: Embedder): Memory {
  return new Memory(openRegistryDatabase(path, 'the memory in', (db) => sqliteVec.load(db)), embedder);
}
