import { resolve } from 'node:path';

/** How to invoke the CLI on a work directory, for commands printed as advice: `-C DIR` only when it is not the current one. */
export function commandPrefix(workDir: string): string {
  if (resolve(workDir) === process.cwd()) return 'hephaestus';
  const shellSafe = /^[\w./:@-]+$/.test(workDir) ? workDir : `'${workDir.replace(/'/g, `'\\''`)}'`;
  return `hephaestus -C ${shellSafe}`;
}
