import { describe, expect, it } from 'vitest';
import type { DirectiveRecord } from '../../registry/records.js';
import { buildGoalTree, formatGoalTree } from './goal-tree.js';

const goal = (id: string, priority: number, parent?: string, status: DirectiveRecord['status'] = 'open'): DirectiveRecord => ({ id, file: '', goal: `goal of ${id}`, signature: '', json: '{}', priority, status, ...(parent ? { parent } : {}) });

describe('the goal tree', () => {
  it('nests directives under their parents, highest priority first; unknown parents make roots', () => {
    const roots = buildGoalTree([goal('a', 1), goal('a.easy', 1.5, 'a', 'solved'), goal('a.fc', 2, 'a'), goal('b', 3), goal('orphan', 1, 'gone')]);
    expect(roots.map((r) => r.id)).toEqual(['b', 'a', 'orphan']);
    expect(roots[1].children.map((c) => c.id)).toEqual(['a.fc', 'a.easy']);
    expect(formatGoalTree(roots)).toEqual([
      'b  [open]  priority 3.000  goal of b',
      'a  [open]  priority 1.000  goal of a',
      '  └ a.fc  [open]  priority 2.000  goal of a.fc',
      '  └ a.easy  [solved]  priority 1.500  goal of a.easy',
      'orphan  [open]  priority 1.000  goal of orphan',
    ]);
  });
});
