import { describe, expect, it } from 'vitest';
import type { Found } from './enumerate-programs.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpNode } from '../programs/program-tree.js';
import { unifyConditional } from './unify-conditional.js';

const v = (name: string, type: GpType): GpNode => ({ kind: 'var', type, name });
const found = (name: string, type: GpType, values: unknown[], size = 2): Found => ({ node: v(name, type), size, values });

describe('unifyConditional', () => {
  // Cases: the output is the upper-case letter where the input is lower case, the lower-case one elsewhere.
  const cases = ['a', 'B', 'c', 'D'].map((c) => ({ inputs: [c], outputs: [c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()] }));
  const upper = found('upper', 'string', ['A', 'B', 'C', 'D']);
  const lower = found('lower', 'string', ['a', 'b', 'c', 'd']);
  const same = found('same', 'string', ['a', 'B', 'c', 'D'], 1);

  it('joins two expressions, each right on some cases, under a condition that tells those cases apart', () => {
    const isLower = found('isLower', 'boolean', [true, false, true, false]);
    const chance = found('chance', 'boolean', [true, true, false, false]);
    const bank = new Map<GpType, Found[]>([
      ['string', [same, upper, lower]],
      ['boolean', [chance, isLower]],
    ]);
    const [first] = unifyConditional(bank, 'string', cases);
    expect(first).toEqual({ kind: 'call', prim: 'if_string', type: 'string', kids: [isLower.node, upper.node, lower.node] });
  });

  it('offers nothing when no condition separates the cases, or no two expressions cover them', () => {
    const chance = found('chance', 'boolean', [true, true, false, false]);
    expect(unifyConditional(new Map([['string', [same, upper, lower]], ['boolean', [chance]]]), 'string', cases)).toEqual([]);
    const isLower = found('isLower', 'boolean', [true, false, true, false]);
    expect(unifyConditional(new Map([['string', [same, upper]], ['boolean', [isLower]]]), 'string', cases)).toEqual([]);
  });

  it('builds a three-way decision list where no two expressions cover the cases, its second rule right only past the first', () => {
    const sides = [[3, 3, 3], [3, 4, 5], [2, 2, 3], [5, 6, 7], [4, 4, 4], [2, 3, 3], [6, 8, 9], [1, 2, 2]];
    const kind = ([a, b, c]: number[]) => (a === b && b === c ? 'equilateral' : a === b || b === c || a === c ? 'isosceles' : 'scalene');
    const triangles = sides.map((s) => ({ inputs: s, outputs: [kind(s)] }));
    const constant = (text: string) => found(text, 'string', sides.map(() => text), 1);
    const condition = (name: string, test: (s: number[]) => boolean, size: number) => found(name, 'boolean', sides.map(test), size);
    const allEqual = condition('allEqual', ([a, b, c]) => a === b && b === c, 7);
    const anyEqual = condition('anyEqual', ([a, b, c]) => a === b || b === c || a === c, 11);
    const firstTwo = condition('firstTwo', ([a, b]) => a === b, 3);
    const bank = new Map<GpType, Found[]>([
      ['string', [constant('equilateral'), constant('isosceles'), constant('scalene')]],
      ['boolean', [firstTwo, allEqual, anyEqual]],
    ]);
    const [first] = unifyConditional(bank, 'string', triangles);
    const text = JSON.stringify(first);
    expect(first).toMatchObject({ prim: 'if_string', kids: [allEqual.node, constant('equilateral').node, { prim: 'if_string', kids: [anyEqual.node, constant('isosceles').node, constant('scalene').node] }] });
    expect(text).not.toContain('firstTwo');
    // Without the condition that tells the isosceles cases from the scalene ones, no list exists.
    expect(unifyConditional(new Map([...bank, ['boolean', [firstTwo, allEqual]]]), 'string', triangles)).toEqual([]);
  });

  it('grows a longer decision list greedily (letter grades from a score: four thresholds, five letters)', () => {
    const scores = [95, 42, 81, 77, 60, 88, 99, 71, 59, 65, 90, 10, 84, 73, 68, 100];
    const grade = (s: number) => (s >= 90 ? 'A' : s >= 80 ? 'B' : s >= 70 ? 'C' : s >= 60 ? 'D' : 'F');
    const cases = scores.map((s) => ({ inputs: [s], outputs: [grade(s)] }));
    const letters = ['A', 'B', 'C', 'D', 'F'].map((g) => found(g, 'string', scores.map(() => g), 1));
    const atLeast = [60, 70, 80, 90].map((t) => found(`atLeast${t}`, 'boolean', scores.map((s) => s >= t), 3));
    const odd = found('odd', 'boolean', scores.map((s) => s % 2 === 1), 5);
    const lists = unifyConditional(new Map<GpType, Found[]>([['string', letters], ['boolean', [odd, ...atLeast]]]), 'string', cases);
    expect(lists.length).toBeGreaterThan(0);
    // Every list returned is right on every case: evaluate it with the values the names stand for.
    const value = (node: GpNode, i: number): unknown => {
      if (node.kind === 'var') return [...letters, odd, ...atLeast].find((f) => f.node === node || (f.node.kind === 'var' && f.node.name === node.name))?.values[i];
      if (node.kind === 'call') return value(node.kids[0], i) ? value(node.kids[1], i) : value(node.kids[2], i);
      return undefined;
    };
    for (const list of lists) expect(scores.map((_, i) => value(list, i))).toEqual(scores.map(grade));
  });
});

describe('decision list endings', () => {
  // Messages about a count: more than 50 is "too many", none is "empty", otherwise the count printed.
  const counts = [3, 0, 75, 12, 51, 40, 99, 7, 50, 1, 64, 20];
  const message = (n: number): string => (n > 50 ? 'too many' : n === 0 ? 'empty' : `n=${n}`);
  const cases = counts.map((n) => ({ inputs: [n], outputs: [message(n)] }));
  const terms = [found('tooMany', 'string', counts.map(() => 'too many'), 1), found('empty', 'string', counts.map(() => 'empty'), 1), found('printed', 'string', counts.map((n) => `n=${n}`), 5)];
  const over50 = found('over50', 'boolean', counts.map((n) => n > 50), 3);
  const isZero = found('isZero', 'boolean', counts.map((n) => n === 0), 3);
  // True of every count here but 0 and 51 by chance (on other counts it is wrong), the same size as isZero's complement.
  const chance = found('chance', 'boolean', counts.map((n) => n !== 0 && n !== 51), 3);

  it('ends lists both ways, so the rule that takes the few cases is there when the greedy one holds by chance', () => {
    const lists = unifyConditional(new Map<GpType, Found[]>([['string', terms], ['boolean', [chance, over50, isZero]]]), 'string', cases);
    const greedy = { kids: [over50.node, terms[0].node, { kids: [chance.node, terms[2].node, terms[1].node] }] };
    const exception = { kids: [over50.node, terms[0].node, { kids: [isZero.node, terms[1].node, terms[2].node] }] };
    // The greedy ending first (the rule that takes the most open cases), as before; the other after it.
    expect(lists[0]).toMatchObject(greedy);
    const at = lists.findIndex((l) => JSON.stringify(l).includes('"isZero"'));
    expect(at).toBeGreaterThan(0);
    expect(lists[at]).toMatchObject(exception);
  });

  it('tries each ending with the other conditions of its mask, the enumeration keeping only one of them', () => {
    // Equal to isZero on these cases: "is 0 or above 100" (no case is above 100).
    const alike = found('alike', 'boolean', counts.map((n) => n === 0 || n > 100), 3);
    const lists = unifyConditional(new Map<GpType, Found[]>([['string', terms], ['boolean', [over50, alike, isZero]]]), 'string', cases);
    const endings = lists.map((l) => JSON.stringify(l)).filter((t) => t.includes('"tooMany"') && t.indexOf('over50') < t.indexOf('"empty"'));
    expect(endings.some((t) => t.includes('"alike"'))).toBe(true);
    expect(endings.some((t) => t.includes('"isZero"'))).toBe(true);
  });
});
