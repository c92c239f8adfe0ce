import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import { call } from '../programs/program-tree.js';
import { exactOnAll } from './exact-check.js';
import type { Solve } from './part-seeds.js';
import { partProblem } from './part-seeds.js';

/** Bounds: cases whose echoed text is not empty, and (parameter, side) readings tried, longest echoes first. */
export const ECHO_LIMITS = { minCases: 4, readings: 2 };

/** The text a value prints as, where it is a number or a text. */
const printed = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);

interface Echo {
  param: number;
  side: 'start' | 'end';
  /** Each case's output without the echoed text. */
  rest: string[];
  /** Characters echoed in all. */
  echoed: number;
}

/**
 * Where every output starts (or ends) with an input's text as it prints ("3 cats", "21st", "Hello, Ann"), the rest of
 * each output may be a problem of its own: kept where at least `minCases` echoes are not empty and the rest is not
 * empty everywhere (a plain echo needs no seed).
 */
export function echoReadings(ctx: GpContext, cases: ExampleCase[]): Echo[] {
  const list: Echo[] = [];
  ctx.params.forEach((p, param) => {
    if (p.type !== 'int' && p.type !== 'string' && p.type !== 'float') return;
    for (const side of ['start', 'end'] as const) {
      const rest: string[] = [];
      let echoed = 0;
      let shown = 0;
      for (const c of cases) {
        const out = c.outputs[0];
        const text = printed(c.inputs[param]);
        if (typeof out !== 'string' || text === undefined || !(side === 'start' ? out.startsWith(text) : out.endsWith(text))) break;
        rest.push(side === 'start' ? out.slice(text.length) : out.slice(0, out.length - text.length));
        echoed += text.length;
        if (text !== '') shown++;
      }
      if (rest.length === cases.length && shown >= ECHO_LIMITS.minCases && rest.some((r) => r !== '')) list.push({ param, side, rest, echoed });
    }
  });
  return list.sort((a, b) => b.echoed - a.echoed).slice(0, ECHO_LIMITS.readings);
}

/**
 * Seeds a problem whose outputs start or end with an input's text (echoReadings): the rest is seeded as a problem of
 * its own by `solve` (the same parameters, each case's rest as its output), and the input's text put back before or
 * after it: `String(count) + (" " + noun + ((count === 1) ? "" : "s"))`. Returns the program when it is exact on every case.
 */
export function echoSeed(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], solve: Solve): { node?: GpNode; executions: number } {
  if (ctx.returns.length !== 1 || ctx.returns[0] !== 'string' || ctx.problem.tests) return { executions: 0 };
  const readings = echoReadings(ctx, cases);
  let executions = 0;
  for (const { param, side, rest } of readings) {
    const restCases = cases.map((c, i) => ({ inputs: c.inputs, outputs: [rest[i]] }));
    const found = solve(partProblem(ctx, 'rest', 'string', restCases), restCases, 1 / readings.length);
    executions += found.executions;
    if (!found.node) continue;
    const p = ctx.params[param];
    const v: GpNode = { kind: 'var', type: p.type, name: p.name };
    const echo = p.type === 'string' ? v : call(`str_${p.type}`, 'string', [v]);
    const node = call('cat_string', 'string', side === 'start' ? [echo, found.node] : [found.node, echo]);
    const ran = { count: 0 };
    const exact = exactOnAll(ctx, table, node, cases, ran);
    executions += ran.count;
    if (exact) return { node, executions };
  }
  return { executions };
}
