import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HephaestusError } from '../errors/hephaestus-error.js';
import { writeFileAtomic } from './atomic-write.js';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'heph-atomic-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates missing parent directories and writes the text', () => {
    const target = join(dir, 'a', 'b', 'c.txt');
    writeFileAtomic(target, 'héllo\n');
    expect(readFileSync(target, 'utf8')).toBe('héllo\n');
  });

  it('replaces an existing file and leaves no temporary file behind', () => {
    const target = join(dir, 'x.json');
    writeFileSync(target, 'old');
    writeFileAtomic(target, '{"new":true}');
    expect(readFileSync(target, 'utf8')).toBe('{"new":true}');
    expect(readdirSync(dir)).toEqual(['x.json']);
  });

  it('writes buffers byte for byte, including large ones', () => {
    const target = join(dir, 'blob.bin');
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 7, 0);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = (i * 31) & 0xff;
    writeFileAtomic(target, bytes);
    expect(readFileSync(target).equals(bytes)).toBe(true);
  });

  it('removes its temporary file and keeps the target when the rename fails', () => {
    const target = join(dir, 'occupied');
    mkdirSync(target);
    writeFileSync(join(target, 'inside.txt'), 'keep');
    let caught: unknown;
    try {
      writeFileAtomic(target, 'data');
    } catch (error) {
      caught = error;
    }
    expect(HephaestusError.isInstance(caught)).toBe(true);
    expect((caught as HephaestusError).file).toBe(target);
    expect(readdirSync(dir)).toEqual(['occupied']);
    expect(readFileSync(join(target, 'inside.txt'), 'utf8')).toBe('keep');
  });

  it('fails cleanly when the parent cannot be created', () => {
    const blocker = join(dir, 'file');
    writeFileSync(blocker, 'not a directory');
    expect(() => writeFileAtomic(join(blocker, 'child.txt'), 'x')).toThrow(/cannot write/);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('gives concurrent writers distinct temporary names so the last rename wins whole', () => {
    const target = join(dir, 'same.txt');
    const payloads = Array.from({ length: 20 }, (_, i) => `payload-${i}-`.repeat(1000));
    for (const payload of payloads) writeFileAtomic(target, payload);
    expect(readFileSync(target, 'utf8')).toBe(payloads[19]);
    expect(readdirSync(dir)).toEqual(['same.txt']);
  });
});
