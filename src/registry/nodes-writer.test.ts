import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countLines } from '../check/count-lines.js';
import { NODE_HEADER_LINES } from '../check/line-limit.js';
import { writeNodeModule } from './nodes-writer.js';
import { registryFixtures as fx } from './registry-fixtures.js';

describe('writeNodeModule', () => {
  let workDir: string;
  beforeEach(() => {
    workDir = mkdtempSync(join(tmpdir(), 'heph-nodes-'));
  });
  afterEach(() => {
    rmSync(workDir, { recursive: true, force: true });
  });

  it('writes the module under its name with a provenance header of NODE_HEADER_LINES lines', () => {
    const code = 'export default function add(a: number, b: number): number {\n  return a + b;\n}\n';
    const candidate = fx.candidate('cand-7', { code, score: 0.875, runId: 'run-3', createdAt: '2026-02-03T04:05:06.000Z' });
    const path = writeNodeModule(workDir, { id: 'adder', name: 'add' }, candidate);
    expect(path).toBe(join(workDir, 'nodes', 'adder', 'add.ts'));
    const text = readFileSync(path, 'utf8');
    const header = text.split('\n').slice(0, NODE_HEADER_LINES);
    expect(header.every((line) => line.startsWith('// '))).toBe(true);
    for (const fact of ['adder', 'cand-7', '0.875', 'run-3', '2026-02-03T04:05:06.000Z']) expect(header.join('\n')).toContain(fact);
    expect(text.split('\n').slice(NODE_HEADER_LINES).join('\n')).toBe(code);
    expect(countLines(text)).toBe(countLines(code) + NODE_HEADER_LINES);
  });

  it('writes meta.json with id, score, metrics and hash, and replaces both files on a later write', () => {
    const first = fx.candidate('c1', { score: 1, metrics: { passRate: 0.5, ms: Number.POSITIVE_INFINITY } });
    writeNodeModule(workDir, { id: 'adder' }, first);
    const second = fx.candidate('c2', { score: 2, code: 'export default (): number => 2;' });
    const path = writeNodeModule(workDir, { id: 'adder' }, second);
    expect(path).toBe(join(workDir, 'nodes', 'adder', 'adder.ts'));
    expect(readFileSync(path, 'utf8').endsWith('export default (): number => 2;\n')).toBe(true);
    const meta = JSON.parse(readFileSync(join(workDir, 'nodes', 'adder', 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ directiveId: 'adder', module: 'adder.ts', candidateId: 'c2', score: 2, hash: second.hash, runId: 'r1' });
    expect(meta.metrics).toEqual({ passRate: 0.5 });
    expect(readdirSync(join(workDir, 'nodes', 'adder')).sort()).toEqual(['adder.ts', 'meta.json']);
  });

  it('keeps line breaks in registry fields out of the header', () => {
    const path = writeNodeModule(workDir, { id: 'd1' }, fx.candidate('c1', { runId: 'run\nwith\r\nbreaks' }));
    const text = readFileSync(path, 'utf8');
    expect(text.split('\n')[NODE_HEADER_LINES]).toMatch(/^export default/);
  });

  it('writes an unsolved module only where asked, under a header that says it is no solution', () => {
    const path = writeNodeModule(workDir, { id: 'adder' }, fx.candidate('c3', { version: 2, score: 0.5 }), 'unsolved');
    expect(path).toBe(join(workDir, 'unsolved', 'adder', 'adder.ts'));
    expect(readFileSync(path, 'utf8').split('\n')[0]).toMatch(/^\/\/ Hephaestus node for directive adder version 2: UNSOLVED, best so far, NOT a solution: candidate c3, score 0.5\.$/);
    expect(JSON.parse(readFileSync(join(workDir, 'unsolved', 'adder', 'meta.json'), 'utf8'))).toMatchObject({ version: 2, solved: false });
    expect(readdirSync(workDir)).toEqual(['unsolved']);
  });

  it('refuses names that would leave nodes/<directive-id>/', () => {
    for (const directive of [{ id: '..' }, { id: 'ok', name: '../escape' }, { id: 'a/b' }, { id: '.hidden' }]) {
      expect(() => writeNodeModule(workDir, directive, fx.candidate('c1'))).toThrow(/not a safe file name/);
    }
    expect(readdirSync(workDir)).toEqual([]);
  });
});
