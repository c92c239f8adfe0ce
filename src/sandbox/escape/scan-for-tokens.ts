import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';

// The candidate controls scratch: bound the scan so a flood of files cannot stall the parent.
const MAX_FILES = 200;
const MAX_BYTES_PER_FILE = 4 * 1024 * 1024;

/** The first file under `root` (decoys excepted) whose first bytes contain any of `tokens`, relative to root; undefined if none. */
export function scanForTokens(root: string, tokens: readonly string[], skip: Set<string>): string | undefined {
  let seen = 0;
  let buffer: Buffer | undefined;
  const walk = (dir: string): string | undefined => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return undefined;
    }
    for (const entry of entries) {
      if (seen >= MAX_FILES) return undefined;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        const found = walk(path);
        if (found) return found;
      } else if (entry.isFile() && !skip.has(path)) {
        seen += 1;
        buffer ??= Buffer.alloc(MAX_BYTES_PER_FILE);
        const head = fileHead(path, buffer);
        if (tokens.some((token) => head.includes(token))) return relative(root, path);
      }
    }
    return undefined;
  };
  return walk(root);
}

function fileHead(path: string, buffer: Buffer): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, read).toString('latin1');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
