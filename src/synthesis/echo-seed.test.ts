import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../directive/directive.js';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import type { GpProblem, GpType } from '../programs/gp-problem.js';
import { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, literal } from '../programs/program-tree.js';
import { echoReadings, echoSeed } from './echo-seed.js';
import type { Solve } from './part-seeds.js';

const problem = (params: [string, GpType][], rows: [unknown[], string][]): GpProblem => ({
  goal: 'Say it.',
  params: params.map(([name, type]) => ({ name, type })),
  returns: ['string'],
  train: rows.map(([inputs, out]): ExampleCase => ({ inputs, outputs: [out] })),
  test: [],
});
const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
const nouns = ['cat', 'dog', 'fox', 'owl', 'bee', 'yak', 'ant', 'elk'];
const rows: [unknown[], string][] = Array.from({ length: 24 }, (_, i) => [[i % 5, nouns[i % 8]], plural(i % 5, nouns[i % 8])]);

describe('echoReadings', () => {
  it('reads the rest of each output after (or before) an input as it prints, the longest echoes first', () => {
    const ctx = new GpContext(problem([['count', 'int'], ['noun', 'string']], rows));
    const [first, ...others] = echoReadings(ctx, ctx.problem.train);
    expect(first).toMatchObject({ param: 0, side: 'start' });
    expect(first.rest.slice(0, 3)).toEqual([' cats', ' dog', ' foxs']);
    expect(others).toEqual([]);
    // A name at the end: "Goodbye, Ann".
    const bye = new GpContext(problem([['name', 'string']], nouns.map((n, i) => [[n], `${i % 2 ? 'Bye' : 'Goodbye'}, ${n}`])));
    expect(echoReadings(bye, bye.problem.train)).toMatchObject([{ param: 0, side: 'end', rest: ['Goodbye, ', 'Bye, ', 'Goodbye, ', 'Bye, ', 'Goodbye, ', 'Bye, ', 'Goodbye, ', 'Bye, '] }]);
  });

  it('reads nothing where an output lacks the echo, the echo is the whole output, or too few echoes are shown', () => {
    const broken = new GpContext(problem([['count', 'int'], ['noun', 'string']], [...rows, [[3, 'cat'], 'three cats']]));
    expect(echoReadings(broken, broken.problem.train)).toEqual([]);
    const same = new GpContext(problem([['s', 'string']], nouns.map((n) => [[n], n])));
    expect(echoReadings(same, same.problem.train)).toEqual([]);
    const empty = new GpContext(problem([['s', 'string']], [...['', '', '', ''].map((s): [unknown[], string] => [[s], `x${s}`]), [['a'], 'xa'], [['b'], 'xb'], [['c'], 'xc']]));
    expect(echoReadings(empty, empty.problem.train)).toEqual([]);
  });
});

describe('echoSeed', () => {
  it('puts the echo back before what the seed stage finds for the rest, and checks the whole on every case', () => {
    const ctx = new GpContext(problem([['count', 'int'], ['noun', 'string']], rows));
    const asked: string[][] = [];
    const rest: Solve = (sub) => {
      asked.push(sub.problem.train.map((c) => c.outputs[0] as string));
      const noun: GpNode = { kind: 'var', type: 'string', name: 'noun' };
      const one = call('eq_int', 'boolean', [{ kind: 'var', type: 'int', name: ctx.params[0].name }, literal('int', 1)]);
      const spaced = call('cat_string', 'string', [literal('string', ' '), noun]);
      return { node: call('if_string', 'string', [one, spaced, call('cat_string', 'string', [spaced, literal('string', 's')])]), executions: 3 };
    };
    const { node, executions } = echoSeed(ctx, buildTable(), ctx.problem.train, rest);
    expect(asked).toHaveLength(1);
    expect(executions).toBeGreaterThan(3);
    const table = buildTable();
    const fn = compilePrograms([programSource(ctx, { lets: [], outs: [node!] })], table)[0]!;
    expect(fn(11, 'gnu')).toBe('11 gnus');
    expect(fn(1, 'gnu')).toBe('1 gnu');
    const wrong: Solve = () => ({ node: literal('string', ' cats'), executions: 1 });
    expect(echoSeed(ctx, buildTable(), ctx.problem.train, wrong).node).toBeUndefined();
  });
});
