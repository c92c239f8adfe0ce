import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { HephaestusError } from '../errors/hephaestus-error.js';

// Platforms where a directory cannot be opened or fsynced report one of these; the rename is then as durable as it gets.
const DIRECTORY_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EACCES']);

/** Replaces `path` with `data` so that readers and crashes see either the old file or the whole new one, never a part. */
export function writeFileAtomic(path: string, data: string | Buffer): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeDurably(temp, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    renameSync(temp, path);
  } catch (error) {
    removeQuietly(temp);
    throw new HephaestusError('INTERNAL', `cannot write ${path}: ${(error as Error).message}`, { file: path, cause: error });
  }
  syncDirectory(dir);
}

// Cleanup must not mask the original error (e.g. ENOTDIR when the parent is a file).
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // the original failure is what the caller needs to see
  }
}

// Writes and fsyncs a fresh file; 'wx' refuses to follow a file planted at the temporary name.
function writeDurably(file: string, bytes: Buffer): void {
  const fd = openSync(file, 'wx', 0o644);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

// Makes the rename itself durable: the directory entry lives in the directory's data.
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (!DIRECTORY_SYNC_UNSUPPORTED.has(code)) {
      throw new HephaestusError('INTERNAL', `cannot sync directory ${dir}: ${(error as Error).message}`, { file: dir, cause: error });
    }
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
