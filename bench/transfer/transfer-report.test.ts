import { describe, expect, it } from 'vitest';
import type { TargetCost } from './measure-transfer.js';
import { transferTable } from './transfer-report.js';

const cost = (executions: number, solved = true, noveltyRejected = 0): TargetCost => ({ solved, executions, evaluations: 10, noveltyRejected, relatedSolved: 1 });

describe('transferTable', () => {
  it('reports solves, median executions per condition and the transfer / scratch ratio', () => {
    const table = transferTable([{ family: 'f', target: 't', scratch: [cost(100), cost(300), cost(500, false)], transfer: [cost(50, true, 2), cost(150), cost(100)] }]);
    expect(table.split('\n')[2]).toBe('| f | t | 2/3 | 300 | 3/3 | 100 | 0.333 | 2 / 62 |');
    const two = transferTable([
      { family: 'f', target: 't', scratch: [cost(100)], transfer: [cost(50)] },
      { family: 'g', target: 'u', scratch: [cost(300)], transfer: [cost(350)] },
    ]);
    expect(two.split('\n')[4]).toBe('| **all** | | | 400 | | 400 | **1.000** | |');
  });
});
