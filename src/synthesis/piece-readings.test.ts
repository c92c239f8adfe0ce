import { describe, expect, it } from 'vitest';
import { aggregateGeneralises } from './aggregate-fixture.js';
import { pieceReadings } from './piece-readings.js';
import type { GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import { printNode } from '../programs/print-program.js';
import { Rng } from '../util/rng.js';

const rng = new Rng(3);
const word = (): string => Array.from({ length: 1 + rng.int(7) }, () => 'abcdefgh'[rng.int(8)]).join('');
const line = (): string => Array.from({ length: rng.int(4) }, word).join(' ');
const text = (lines: number): string => Array.from({ length: lines }, line).join('\n');

function context(params: { name: string; type: GpType }[], inputs: unknown[][]): GpContext {
  return new GpContext({ params, returns: ['int'], train: inputs.map((i) => ({ inputs: i, outputs: [0] })), test: [] });
}

describe('a text read as the pieces between a separator', () => {
  it('reads each separator a quarter of the texts hold, split as the loop splits them, and nothing of other types', () => {
    const inputs = [['a\nb', 'x'], ['c', 'y'], ['d,e\nf', 'z'], ['', 'w']];
    const ctx = context([{ name: 's', type: 'string' }, { name: 't', type: 'string' }], inputs);
    const readings = pieceReadings(ctx, ctx.problem.train);
    // "\n" is in two texts of four, "," in one: a quarter each; the second parameter holds none.
    expect(readings.map((r) => printNode(ctx, r.loop.xs, true, new Set()))).toEqual(['s.split("\\n")', 's.split(",")']);
    expect(readings[0].tuples({ inputs: ['d,e\nf', 'z'], outputs: [] })).toEqual([['d,e'], ['f']]);
    expect(readings[0].tuples({ inputs: ['', 'z'], outputs: [] })).toEqual([['']]);
    expect(pieceReadings(context([{ name: 'xs', type: 'int[]' }], [[[1, 2]], [[3]]]), [])).toEqual([]);
    expect(pieceReadings(context([{ name: 's', type: 'string' }], [['a b'], ['c']]), [{ inputs: ['a b'], outputs: [0] }])).toEqual([]);
  });

  it("finds the longest line's length, and it holds for longer unseen texts", () => {
    const f = (s: string): number => Math.max(...s.split('\n').map((l) => l.length));
    const [train, unseen] = [Array.from({ length: 30 }, (_, i) => [text(1 + (i % 4))]), Array.from({ length: 40 }, () => [text(6 + rng.int(6))])];
    expect(aggregateGeneralises({ params: [{ name: 's', type: 'string' }], returns: 'int', f }, train, unseen, 3_000_000)).toBe(true);
  });
});
