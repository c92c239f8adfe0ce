import { describe, expect, it } from 'vitest';
import { topLineage } from './top-lineage.js';

const node = (id: string, score: number, parents: string[] = []) => ({ id, score, parents });

describe('topLineage', () => {
  const nodes = [node('root', 0.1), node('other', 0.2), node('mid', 0.3, ['root']), node('best', 0.9, ['mid']), node('second', 0.8, ['other'])];

  it('keeps everything when the lineage is within the limit', () => {
    expect(topLineage(nodes, 10)).toEqual(nodes);
  });

  it("takes the best candidate's ancestry first, then the next best's, in input order", () => {
    expect(topLineage(nodes, 3).map((n) => n.id)).toEqual(['root', 'mid', 'best']);
    expect(topLineage(nodes, 4).map((n) => n.id)).toEqual(['root', 'mid', 'best', 'second']);
  });
});
