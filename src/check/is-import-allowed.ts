import { guardPolicy } from './guard-policy.js';

/**
 * Whether a candidate may import `specifier`: it must be listed in allowedImports, or be a subpath of a listed
 * package ("lodash/fp" under "lodash"); "node:x" and "x" are the same module. Dangerous modules (and their
 * subpaths, such as "fs/promises") must be listed exactly.
 */
export function isImportAllowed(specifier: string, allowedImports: readonly string[]): boolean {
  const wanted = withoutNodePrefix(specifier);
  const allowed = allowedImports.map(withoutNodePrefix);
  if (allowed.includes(wanted)) return true;
  if (guardPolicy.dangerousModules.has(wanted.split('/')[0])) return false;
  return allowed.some((entry) => wanted.startsWith(`${entry}/`));
}

function withoutNodePrefix(specifier: string): string {
  return specifier.startsWith('node:') ? specifier.slice('node:'.length) : specifier;
}
