import type { ExampleCase } from '../directive/directive.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import type { Found } from './enumerate-programs.js';

/**
 * The order an enumeration reads a size's expressions in when it builds larger ones (each primitive reads only its first
 * few hundred choices of a size): first texts near the output, then expressions using a literal the goal or outputs
 * point to, or a piece a third of the inputs hold (a separator), then the primitives' results interleaved (every
 * primitive's first result before any one's second).
 *
 * Near the output: a text that holds the output, or that the output holds, in every case, the two differing in length
 * by at most half the longer (`-ab-ab-ab` for `ab-ab-ab`, `eod` for `eodc`; not `3FizzBuzz` for `Fizz`, which holds
 * every answer of FizzBuzz), a property of its values as BUSTLE's property signatures rank expressions; one operation
 * from the output, it is the likeliest part of a larger program.
 */
export function levelOrder(ctx: GpContext, cases: ExampleCase[]): (level: Found[]) => Found[] {
  const c = ctx.constants;
  const preferred = new Set([...c.preferred.int, ...c.preferred.float, ...c.preferred.string, ...c.inputParts].map((v) => JSON.stringify(v)));
  const usesPreferred = (n: GpNode): boolean => (n.kind === 'const' ? preferred.has(JSON.stringify(n.value)) : n.kind === 'call' && n.kids.some(usesPreferred));
  const texts = ctx.returns.length === 1 && cases.every((k) => typeof k.outputs[0] === 'string') ? cases.map((k) => k.outputs[0] as string) : undefined;
  const close = (v: string, t: string): boolean => Math.abs(v.length - t.length) <= Math.max(1, Math.floor(Math.max(v.length, t.length) / 2));
  // Equal to the output in some cases is near there too (an empty answer and an empty text); equal in all is the answer.
  const holds = (v: unknown, t: string): boolean => typeof v === 'string' && (v === t || (v !== '' && close(v, t) && (v.includes(t) || t.includes(v))));
  const near = (f: Found): boolean => texts !== undefined && f.node.type === 'string' && f.values.every((v, k) => holds(v, texts[k])) && f.values.some((v, k) => v !== texts[k]);
  return (level) => {
    const rank = new Map<string, number>();
    return level
      .map((f) => {
        const prim = f.node.kind === 'call' ? f.node.prim : '';
        rank.set(prim, (rank.get(prim) ?? 0) + 1);
        return { f, order: (near(f) ? 0 : 2e9) + (usesPreferred(f.node) ? 0 : 1e9) + (rank.get(prim) ?? 0) };
      })
      .sort((a, b) => a.order - b.order)
      .map((x) => x.f);
  };
}
