import { describe, expect, it } from 'vitest';
import type { TargetCost } from './measure-transfer.js';
import { transferTable } from './transfer-report.js';

const cost = (executions: number, solved = true, usedLibrary = false): TargetCost => ({ solved, executions, evaluations: 10, noveltyRejected: 0, relatedSolved: 1, usedLibrary, cycles: 2 });
const seed = (n: number, scratch: number, memory: number, library: number, used = true) => ({ seed: n, costs: { scratch: cost(scratch), memory: cost(memory, memory < 1000), library: cost(library, true, used) } });

describe('transferTable', () => {
  it('reports solves and median executions per condition, the median library / memory ratio, and every seed', () => {
    const table = transferTable([{ family: 'f', target: 't', seeds: [seed(1, 900, 100, 50), seed(2, 900, 400, 400, false), seed(3, 900, 2000, 100)] }]).split('\n');
    expect(table[2]).toBe('| f | t | 3/3 | 900 | 2/3 | 400 | 3/3 | 100 | 2/3 | 0.500 |');
    expect(table).toContain('| f | 3 | 900 (2) | 2,000 (2) ✗ | 100 (2) | yes | 0.050 |');
    expect(table).toContain('| f | 2 | 900 (2) | 400 (2) | 400 (2) | no | 1.000 |');
    const two = transferTable([
      { family: 'f', target: 't', seeds: [seed(1, 9, 100, 50)] },
      { family: 'g', target: 'u', seeds: [seed(1, 9, 100, 10), seed(2, 9, 100, 300)] },
    ]).split('\n');
    expect(two[4]).toBe('| **all** | | | | | | | | | **0.500** |');
  });
});
