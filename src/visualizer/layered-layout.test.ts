import { describe, expect, it } from 'vitest';
import { layeredLayout } from './layered-layout.js';

describe('layeredLayout', () => {
  it('puts a child one layer below its deepest parent and centres each layer on 0', () => {
    const placed = layeredLayout([
      { id: 'a', parents: [] },
      { id: 'b', parents: [] },
      { id: 'c', parents: ['a'] },
      { id: 'd', parents: ['a', 'c'] },
      { id: 'e', parents: ['missing'] },
    ]);
    expect(placed.get('a')?.layer).toBe(0);
    expect(placed.get('e')?.layer).toBe(0);
    expect(placed.get('c')?.layer).toBe(1);
    expect(placed.get('d')?.layer).toBe(2);
    expect([...placed.values()].filter((p) => p.layer === 0).map((p) => p.x).sort()).toEqual([-1, 0, 1]);
  });

  it('orders a layer by the mean slot of the parents, keeping families together', () => {
    const placed = layeredLayout([
      { id: 'left', parents: [] },
      { id: 'right', parents: [] },
      { id: 'child-of-right', parents: ['right'] },
      { id: 'child-of-left', parents: ['left'] },
    ]);
    expect(placed.get('child-of-left')?.x).toBeLessThan(placed.get('child-of-right')?.x as number);
  });

  it('lays out a 10,000-generation chain without recursion', () => {
    const chain = Array.from({ length: 10_000 }, (_, i) => ({ id: `n${i}`, parents: i === 0 ? [] : [`n${i - 1}`] }));
    expect(layeredLayout(chain).get('n9999')).toEqual({ layer: 9999, x: 0 });
  });
});
