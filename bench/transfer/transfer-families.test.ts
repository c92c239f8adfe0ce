import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExampleSet } from '../../src/directive/example-cases.js';
import { loadDirective } from '../../src/directive/load-directive.js';
import { TRANSFER_FAMILIES, writeTask } from './transfer-families.js';

describe('transfer families', () => {
  it('write loadable directives whose cases follow the reference, the same on every call', () => {
    const root = mkdtempSync(join(tmpdir(), 'heph-transfer-test-'));
    for (const family of TRANSFER_FAMILIES) {
      for (const task of [...family.related, family.target]) {
        const directive = loadDirective(writeTask(root, task));
        const { train, test } = loadExampleSet(directive);
        expect([train.length, test.length]).toEqual([40, 20]);
        for (const c of [...train, ...test]) expect(c.outputs[0]).toBe(task.reference(...(c.inputs as number[][])));
        const again = readFileSync(join(root, task.id, 'train.jsonl'), 'utf8');
        writeTask(root, task);
        expect(readFileSync(join(root, task.id, 'train.jsonl'), 'utf8')).toBe(again);
      }
    }
    rmSync(root, { recursive: true, force: true });
  });
});
