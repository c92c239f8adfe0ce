import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDirective } from '../../src/directive/load-directive.js';
import { writePsbDirective } from './write-psb-directive.js';

describe('writePsbDirective', () => {
  it('turns a PSB-layout problem into a directive whose signature follows the data types', () => {
    const root = mkdtempSync(join(tmpdir(), 'heph-psb-directive-'));
    const data = join(root, 'data');
    mkdirSync(join(data, 'avg'), { recursive: true });
    const line = (v: number[], out: number) => JSON.stringify({ input1: v, output1: out });
    writeFileSync(join(data, 'avg', 'train.jsonl'), [line([1, 2], 1.5), line([4], 4)].join('\n'));
    writeFileSync(join(data, 'avg', 'test.jsonl'), line([1, 1], 1));
    const directive = loadDirective(writePsbDirective(data, 'avg', join(root, 'directives')));
    expect(directive).toMatchObject({ id: 'avg', signature: '(input1: number[]) => number', evaluator: { kind: 'examples', outputKinds: ['float'] } });
    rmSync(root, { recursive: true, force: true });
  });
});
