import { join } from 'node:path';
import { openRegistryDatabase } from './open-registry-database.js';
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

/** Opens a registry database file, or ':memory:' for a throw-away one. */
export function openRegistryAt(path: string): Registry {
  return new SqliteRegistry(openRegistryDatabase(path, 'registry'));
}
