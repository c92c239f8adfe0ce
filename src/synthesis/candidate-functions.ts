import type { PrimitiveTable } from '../programs/compile-program.js';
import type { GpContext } from '../programs/gp-context.js';
import { printNode } from '../programs/print-program.js';
import type { GpNode } from '../programs/program-tree.js';
import type { Primitive } from '../primitives/primitive.js';

/** A candidate's function: its arguments' values (`a0`, `a1`…) then the problem's parameters give its value. */
export type CandidateFunction = (...args: unknown[]) => unknown;

/**
 * An expression printed for the engine as a function of `args` against the primitive table (its helpers in scope);
 * undefined when it does not compile. The expression comes from a validated tree, never from text a candidate wrote.
 */
export function tableFunction(table: PrimitiveTable, args: string[], expr: string): CandidateFunction | undefined {
  const names = Object.keys(table).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
  try {
    return new Function('P', `"use strict";\nconst { ${names.join(', ')} } = P;\nreturn (${args.join(', ')}) => ${expr};`)(table) as CandidateFunction;
  } catch {
    return undefined;
  }
}

/**
 * One function per primitive (and lambda body), compiled once and cached: in a bottom-up enumeration a candidate's
 * values come from its arguments' values, so only the primitive at its root runs. Lambda bodies are compiled in (their
 * bound parameters are the lambda's own); the other arguments become slots. Undefined when the source does not compile.
 */
export function candidateFunctions(ctx: GpContext, table: PrimitiveTable): (p: Primitive, kids: GpNode[]) => CandidateFunction | undefined {
  const params = ctx.params.map((p) => p.name);
  const compiled = new Map<string, CandidateFunction | undefined>();
  return (p, kids) => {
    const slots: GpNode[] = kids.map((k, i) => (p.lambdas?.[i] ? k : { kind: 'var', type: k.type, name: `a${i}` }));
    const key = `${p.name}:${JSON.stringify(slots)}`;
    if (!compiled.has(key)) {
      const expr = printNode(ctx, { kind: 'call', prim: p.name, type: p.ret, kids: slots }, false, new Set());
      compiled.set(key, tableFunction(table, [...slots.map((_, i) => `a${i}`), ...params], expr));
    }
    return compiled.get(key);
  };
}
