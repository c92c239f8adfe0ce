import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUserFile } from './read-user-file.js';

const dir = mkdtempSync(join(tmpdir(), 'heph-read-user-file-'));
function file(name: string, bytes: string | Buffer): string {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
}

describe('readUserFile', () => {
  it('reads UTF-8 text, keeping a byte order mark for the parser to name', () => {
    expect(readUserFile(file('ok.txt', 'héllo\n'), 'data', 100)).toBe('héllo\n');
    expect(readUserFile(file('bom.txt', '\uFEFF{}'), 'data', 100)).toBe('\uFEFF{}');
  });

  it('refuses a FIFO at once instead of blocking on it, and devices and directories', () => {
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    expect(() => readUserFile(join(dir, 'fifo'), 'directive', 100)).toThrow(/fifo: directive: is a FIFO \(named pipe\), expected a regular file/);
    expect(() => readUserFile('/dev/zero', 'module', 100)).toThrow(/\/dev\/zero: module: is a character device/);
    expect(() => readUserFile(dir, 'config', 100)).toThrow(/config: is a directory/);
    symlinkSync('/dev/zero', join(dir, 'zero-link'));
    expect(() => readUserFile(join(dir, 'zero-link'), 'cases', 100)).toThrow(/character device/);
  });

  it('refuses a file over the cap unread, and missing, empty and binary files', () => {
    expect(() => readUserFile(file('big.txt', 'x'.repeat(101)), 'cases', 100)).toThrow(/big\.txt: cases: is 101 bytes, over the cap of 100/);
    expect(readUserFile(file('cap.txt', 'x'.repeat(100)), 'cases', 100)).toHaveLength(100);
    expect(() => readUserFile(join(dir, 'nope'), 'cases', 100)).toThrow(/nope: cases: file does not exist/);
    expect(() => readUserFile(file('empty.txt', ''), 'cases', 100)).toThrow(/file is empty/);
    expect(() => readUserFile(file('nul.txt', 'a\0b'), 'cases', 100)).toThrow(/file is binary/);
  });

  it('refuses invalid UTF-8 naming its line, never turning it into U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('{"a":1}\n{"a":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    expect(() => readUserFile(file('latin1.jsonl', bytes), 'cases', 100)).toThrow(/latin1\.jsonl: line 2: is not valid UTF-8 text/);
    const truncated = Buffer.concat([Buffer.from('ok\n\n'), Buffer.from([0xe2, 0x82])]);
    expect(() => readUserFile(file('cut.txt', truncated), 'cases', 100)).toThrow(/cut\.txt: line 3: /);
  });
});
