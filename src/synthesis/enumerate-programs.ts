import { getHeapStatistics } from 'node:v8';
import type { ExampleCase } from '../directive/directive.js';
import { byRankSum } from './by-rank-sum.js';
import { buildTable } from '../programs/compile-program.js';
import { candidateFunctions } from './candidate-functions.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpContext, ScopeVar } from '../programs/gp-context.js';
import type { GpNode } from '../programs/program-tree.js';
import { literal } from '../programs/program-tree.js';
import { LAMBDA_BODY_LIMITS, LambdaBodies } from './lambda-bodies.js';
import { nodesToOutput } from '../programs/nodes-to-output.js';
import type { LambdaParam, Primitive } from '../primitives/primitive.js';
import { splits } from './size-splits.js';
import { stepBudget } from '../programs/step-budget.js';
import { textHash } from '../util/text-hash.js';
import { levelOrder } from './level-order.js';
import { inputFields } from './input-fields.js';

/** A distinct behaviour found by the enumeration: the smallest expression computing these values on the cases. */
export interface Found {
  node: GpNode;
  size: number;
  values: unknown[];
}

/**
 * Bounds of one enumeration: largest expression, candidates run (in all, and per primitive and size), expressions kept
 * per type and size, and the memory the kept values may take (estimated from their JSON text, two bytes a character):
 * past it, candidates are still run and checked against `done` but no longer kept.
 */
export interface EnumerationLimits {
  maxSize: number;
  maxCandidates: number;
  perPrimitive: number;
  perType: number;
  maxBytes: number;
}

const leaf = (v: ScopeVar): GpNode => ({ kind: 'var', type: v.type, name: v.name });

/**
 * Bottom-up enumeration of typed expressions over the parameters, smallest first, with observational-equivalence
 * pruning (as in TF-Coder, BUSTLE and Probe): an expression is kept only if its values on the cases differ from
 * every smaller one's, so each behaviour is represented once, by its smallest expression. Loops appear with
 * lambda bodies of up to five nodes (lambda-bodies.ts); expressions that cannot reach an output type within the
 * size limit are never built (nodes-to-output.ts). Returns the kept expressions by type and the executions spent.
 */
export function enumeratePrograms(
  ctx: GpContext,
  cases: ExampleCase[],
  limits: EnumerationLimits,
  done?: (found: Found) => boolean,
): { bank: Map<GpType, Found[]>; executions: number } {
  const table = buildTable(ctx.problem.extraPrimitives);
  const inputs = cases.map((c) => structuredClone(c.inputs));
  const budgets = inputs.map(stepBudget);
  const bank = new Map<GpType, Found[]>(ctx.types.map((t) => [t, []]));
  const seen = new Set<number>();
  const functionOf = candidateFunctions(ctx, table);
  let candidates = 0;
  // The cap is per type and size, so a type filled by small expressions still admits larger ones.
  const counts = new Map<string, number>();
  // The last size is never read back to build larger expressions, and the one below it only by the last size, whose
  // primitives share the budget left whatever the level's length: both are bounded by the candidate budget alone.
  const full = (type: GpType, size: number): boolean => size < limits.maxSize - 1 && (counts.get(`${type}:${size}`) ?? 0) >= limits.perType;
  // At the size below the last a one-argument primitive reads the whole level below, after the others' shares (one
  // candidate per expression; cut at its first `perPrimitive` it kept or dropped a late one, a sum of squares under a
  // square root, by the accident of the level's order). What it spends there, the last size does not get.
  const wide = (p: Primitive, size: number): boolean => size === limits.maxSize - 1 && p.args.length === 1 && !p.lambdas?.[0];
  let finished = false;
  let bytes = 0;
  let heapFull = false;
  const keep = (node: GpNode, size: number, values: unknown[]): void => {
    const list = bank.get(node.type);
    if (!list || full(node.type, size)) return;
    if (values.some((v) => typeof v === 'number' && !Number.isFinite(v))) return;
    const text = `${node.type}:${JSON.stringify(values)}`;
    if (text.length > 20_000) return;
    const key = textHash(text);
    if (seen.has(key)) return;
    seen.add(key);
    const found = { node, size, values };
    // An expression that already answers every case ends the search: nothing larger can beat it.
    if (done?.(found)) finished = true;
    if (bytes > limits.maxBytes || heapFull) return;
    bytes += 2 * text.length + 400;
    list.push(found);
    counts.set(`${node.type}:${size}`, (counts.get(`${node.type}:${size}`) ?? 0) + 1);
  };
  const consider = (p: Primitive, kids: (Found | GpNode)[], size: number): void => {
    if (full(p.ret, size)) return;
    // A last resort, as used heap counts garbage not yet collected: past 85 % of the heap's limit nothing more is kept.
    if (++candidates % 4096 === 0 && !heapFull) {
      const heap = getHeapStatistics();
      heapFull = heap.used_heap_size > 0.85 * heap.heap_size_limit;
    }
    const nodes = kids.map((k) => ('node' in k ? k.node : k));
    const fn = functionOf(p, nodes);
    if (!fn) return;
    const values: unknown[] = [];
    try {
      for (let c = 0; c < inputs.length; c++) {
        table.resetSteps(budgets[c]);
        values.push(fn(...kids.map((k) => ('node' in k ? k.values[c] : undefined)), ...inputs[c]));
      }
    } catch {
      return;
    }
    keep({ kind: 'call', prim: p.name, type: p.ret, kids: nodes }, size, values);
  };
  const c = ctx.constants;
  const constants: GpNode[] = [
    ...[...new Set([...c.preferred.int, 0, 1, 2, -1])].map((v) => literal('int', v)),
    ...(ctx.types.includes('string') ? [...new Set([...c.preferred.string, '', ' ', ...c.inputParts])].map((v) => literal('string', v)) : []),
    ...(ctx.types.includes('float') ? [...new Set([...c.preferred.float, 0, 1, 0.5, ...(c.floatLeaves ?? [])])].map((v) => literal('float', v)) : []),
    literal('boolean', true),
    literal('boolean', false),
  ];
  ctx.params.forEach((p, j) => keep(leaf(p), 1, inputs.map((args) => args[j])));
  // Numbers a text parameter holds between fixed texts, read at fixed bounds, are leaves too (input-fields.ts).
  for (const field of inputFields(ctx, cases)) keep(field.node, 1, inputs.map(field.value));
  for (const k of constants) keep(k, 1, inputs.map(() => (k as GpNode & { kind: 'const' }).value));
  const leaves = [...ctx.params.map(leaf), ...constants];
  // Each size is read in priority order once complete (level-order.ts).
  const levels = new Map<string, Found[]>();
  const order = levelOrder(ctx, cases);
  const bySize = (type: GpType, size: number): Found[] => {
    const key = `${type}:${size}`;
    if (!levels.has(key)) levels.set(key, order((bank.get(type) ?? []).filter((f) => f.size === size)));
    return levels.get(key) ?? [];
  };
  const literalsOf = (type: GpType, size: number): Found[] => (size === 1 ? bySize(type, 1).filter((f) => f.node.kind === 'const') : []);
  const bodies = new Map<string, LambdaBodies>();
  const used = ctx.set.all.filter((p) => !p.extra && !p.name.startsWith('if_'));
  const toOutput = nodesToOutput(used, ctx.returns);
  // Lambda bodies come from their own small list; bodies depend only on their type and bound parameters, so primitives
  // sharing a lambda shape share them. Bodies of a size are enumerated when a program of that size first needs them (the
  // larger, the dearer), paid from the same budget in candidates of this enumeration's cost, not from a primitive's share.
  const lambdaBodies = (t: GpType, bound: LambdaParam[], n: number): GpNode[] => {
    const key = `${t}|${bound.map((l) => `${l.prefix}:${l.type}`).join(',')}`;
    let shape = bodies.get(key);
    if (!shape) bodies.set(key, (shape = new LambdaBodies(ctx, table, t, bound.map((l) => ({ name: `${l.prefix}1`, type: l.type })), leaves, inputs)));
    const left = Math.max(0, limits.maxCandidates - candidates) * inputs.length;
    candidates += Math.ceil(shape.grow(n, Math.min(LAMBDA_BODY_LIMITS.maxCandidates, Math.floor(left / LAMBDA_BODY_LIMITS.environments / 2))) / inputs.length);
    return shape.bodies(n);
  };
  // A primitive's choices at a size: each way of splitting the size among its arguments gives its choices by increasing
  // rank sum (lazily, so a large product is never built), and the splits take turns, so an argument of many nodes beside
  // a leaf (seven-node words joined by "") is not left behind every choice of the splits before it.
  function* choices(p: Primitive, size: number): Generator<(Found | GpNode)[]> {
    const streams = splits(size - 1, p.args.length)
      .map((parts) => p.args.map((t, i): (Found | GpNode)[] => (p.lambdas?.[i] ? lambdaBodies(t, p.lambdas[i], parts[i]) : p.literals?.[i] ? literalsOf(t, parts[i]) : bySize(t, parts[i]))))
      .filter((options) => options.every((o) => o.length > 0))
      .map((options) => ({ options, ranks: byRankSum(options.map((o) => o.length)) }));
    for (let s = 0; streams.length > 0; s = s + 1 >= streams.length ? 0 : s + 1) {
      const next = streams[s].ranks.next();
      if (next.done) streams.splice(s--, 1);
      else yield next.value.map((r, i) => streams[s].options[i][r]);
    }
  }
  for (let size = 2; size <= limits.maxSize && candidates < limits.maxCandidates && !finished; size++) {
    // An expression that cannot become an output within the size limit is never part of a program found here.
    // A primitive with a literal argument (a radix, a fill) is a finishing touch of small programs: up to five nodes.
    const producers = used.filter((p) => size + (toOutput.get(p.ret) ?? Infinity) <= limits.maxSize && (!p.literals || size <= 5));
    // Each primitive gets its share of a size, so the first ones in the set cannot use up the budget; the last size has
    // no larger one to save for, so its primitives share all that is left, taking turns.
    const share = (p: Primitive): number => (size === limits.maxSize || wide(p, size) ? Infinity : limits.perPrimitive);
    // The primitives take turns, each its next choice, so where the budget ends inside a size no primitive has had more
    // than another; the one-argument primitives that read the whole level below go after the others.
    for (const group of [producers.filter((p) => !wide(p, size)), producers.filter((p) => wide(p, size))]) {
      const live = group.map((p) => ({ p, tried: 0, next: choices(p, size) }));
      for (let i = 0; live.length > 0 && !finished && candidates < limits.maxCandidates; i = i + 1 >= live.length ? 0 : i + 1) {
        const { p, next } = live[i];
        const kids = live[i].tried < share(p) && !full(p.ret, size) ? next.next() : undefined;
        if (!kids || kids.done) {
          live.splice(i--, 1);
          continue;
        }
        // Arguments that are all constants make a constant, which the leaves already cover.
        if (kids.value.some((k) => !('node' in k) || k.node.kind !== 'const')) {
          live[i].tried++;
          consider(p, kids.value, size);
        }
      }
    }
  }
  return { bank, executions: candidates * cases.length };
}
