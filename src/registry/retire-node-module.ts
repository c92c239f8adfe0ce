import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves `nodes/<directive-id>/` (the module an older version of the directive solved) to
 * `.hephaestus/superseded/<directive-id>/v<version>/`, so that nodes/ never offers a solution to a problem the directive
 * no longer poses; the registry keeps its code too. One rename: a reader sees the directory in one place or the other.
 * Returns where it went, or undefined when nodes/ held nothing for the directive.
 */
export function retireNodeModule(workDir: string, directiveId: string, version: number): string | undefined {
  const from = join(workDir, 'nodes', directiveId);
  if (!existsSync(from)) return undefined;
  const parent = join(workDir, '.hephaestus', 'superseded', directiveId);
  mkdirSync(parent, { recursive: true });
  // A version retired twice (an approval of an old candidate written back meanwhile) keeps both copies.
  let to = join(parent, `v${version}`);
  for (let n = 2; existsSync(to); n++) to = join(parent, `v${version}-${n}`);
  renameSync(from, to);
  return to;
}
