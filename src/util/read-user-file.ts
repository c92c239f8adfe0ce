import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { invalidInput } from '../errors/hephaestus-error.js';
import { fileKind } from './file-kind.js';

/** The most bytes Hephaestus reads from each kind of file a user hands it; anything larger is refused unread. */
export const USER_FILE_CAPS = {
  /** A directive or config/forge_config.json. */
  json: 1024 * 1024,
  /** A JSON Lines file: train or test cases, recorded LLM exchanges. */
  data: 64 * 1024 * 1024,
  /** A TypeScript module: the one given to `eval`, a seed, a test file, a script evaluator. */
  source: 1024 * 1024,
} as const;

const CHUNK_BYTES = 64 * 1024;

/**
 * Reads a user's file as UTF-8 text, or refuses it with an INVALID_INPUT error naming the file and `what`: only a
 * regular file of at most `maxBytes` (FIFOs and devices would block or never end), not empty, without NUL bytes,
 * and valid UTF-8 (a bad sequence is named by its line; it is never turned into U+FFFD). A byte order mark is kept.
 */
export function readUserFile(file: string, what: string, maxBytes: number): string {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO that has no writer would otherwise wait forever before fstat could refuse it.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw invalidInput(file, what, code === 'ENOENT' ? 'file does not exist' : `cannot be read (${code ?? String(error)})`);
  }
  let bytes: Buffer;
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw invalidInput(file, what, `is ${fileKind(info)}, expected a regular file`);
    if (info.size > maxBytes) throw invalidInput(file, what, `is ${info.size} bytes, over the cap of ${maxBytes}`);
    bytes = readAtMost(fd, maxBytes, info.size, () => invalidInput(file, what, `grew past the cap of ${maxBytes} bytes while being read`));
  } finally {
    closeSync(fd);
  }
  if (bytes.length === 0) throw invalidInput(file, what, 'file is empty');
  if (bytes.includes(0)) throw invalidInput(file, what, 'file is binary, expected UTF-8 text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw invalidInput(file, `line ${firstInvalidLine(bytes)}`, 'is not valid UTF-8 text');
  }
}

// The size fstat gave is a hint, not a promise: the file may grow while it is read, so the read itself is bounded.
function readAtMost(fd: number, maxBytes: number, expected: number, tooLarge: () => Error): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(Math.max(expected + 1 - total, CHUNK_BYTES), maxBytes + 1 - total));
    const count = readSync(fd, chunk, 0, chunk.length, null);
    if (count === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, count));
    total += count;
    if (total > maxBytes) throw tooLarge();
  }
}

// A newline byte is never part of a multi-byte sequence, so each line can be checked on its own.
function firstInvalidLine(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    try {
      decoder.decode(bytes.subarray(start, end === -1 ? bytes.length : end));
    } catch {
      return line;
    }
    if (end === -1) return line;
    start = end + 1;
  }
}
