import { existsSync } from 'node:fs';
import { HephaestusError, openRegistry, registryPath, type Registry } from '../index.js';

/** True when the working directory already has a registry. */
export function registryExists(workDir: string): boolean {
  return existsSync(registryPath(workDir));
}

/** Opens the working directory's registry for reading; a directory with no runs yet is a NOT_FOUND error, not a new file. */
export function openExistingRegistry(workDir: string): Registry {
  if (!registryExists(workDir)) {
    throw new HephaestusError('NOT_FOUND', `no registry in ${workDir} (.hephaestus/registry.db): start a run first`);
  }
  return openRegistry(workDir);
}

/** Runs a function with an open registry and closes it afterwards. */
export function withRegistry<T>(workDir: string, use: (registry: Registry) => T): T {
  const registry = openExistingRegistry(workDir);
  try {
    return use(registry);
  } finally {
    registry.close();
  }
}
