import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';

// Where the node binary's shared libraries live on Linux distributions; merged-/usr systems make the /lib* symlinks.
const SYSTEM_DIRS = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];
// The dynamic loader finds multiarch libraries (/usr/lib/x86_64-linux-gnu) only through its cache.
const SYSTEM_FILES = ['/etc/ld.so.cache'];

// Computed once per process: the answer depends only on this machine's node and its libraries.
let computed: string[] | undefined;

function isUnder(path: string, roots: string[]): boolean {
  return roots.some((root) => path === root || path.startsWith(`${root}/`));
}

/** Absolute paths `ldd` names for the node binary (its libraries and loader); empty when ldd is missing or fails. */
function nodeLibraries(): string[] {
  const ldd = spawnSync('ldd', [process.execPath], { encoding: 'utf8', timeout: 10_000 });
  if (ldd.status !== 0 || typeof ldd.stdout !== 'string') return [];
  return [...ldd.stdout.matchAll(/(?:^|=>)\s*(\/[^\s()]+)/gm)].map((match) => match[1]);
}

/**
 * The bubblewrap arguments that show a candidate what the node binary needs and nothing else of the host: the system
 * program and library directories read-only (they hold no sockets; the bwrap tests check the whole view), the loader
 * cache, and the node binary and any library of it that lives elsewhere (e.g. a node installed under $HOME).
 */
export function systemMounts(): string[] {
  if (computed) return computed;
  const args: string[] = [];
  const bound: string[] = [];
  for (const dir of SYSTEM_DIRS) {
    let stat;
    try {
      stat = lstatSync(dir);
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) args.push('--symlink', readlinkSync(dir), dir);
    else if (stat.isDirectory()) {
      args.push('--ro-bind', dir, dir);
      bound.push(realpathSync(dir));
    }
  }
  const files = [...SYSTEM_FILES, process.execPath, ...nodeLibraries()].filter((path) => existsSync(path));
  for (const path of new Set(files)) {
    const real = realpathSync(path);
    if (!isUnder(real, bound)) args.push('--ro-bind', real, path);
  }
  computed = args;
  return args;
}
