import { describe, expect, it } from 'vitest';
import { pruneArchive } from './prune-archive.js';

describe('pruneArchive', () => {
  it('leaves an archive within twice the limit alone, then keeps the best by test, train and error', () => {
    const archive = new Map<string, { totalError: number; trainPassed: number; testPassed: number }>();
    for (let i = 0; i < 4; i++) archive.set(`p${i}`, { totalError: i, trainPassed: 10, testPassed: i % 2 });
    pruneArchive(archive, 2);
    expect(archive.size).toBe(4);
    archive.set('p4', { totalError: 0, trainPassed: 9, testPassed: 1 });
    pruneArchive(archive, 2);
    expect([...archive.keys()]).toEqual(['p1', 'p3']);
  });
});
