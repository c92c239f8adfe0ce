import type { PrimitiveTable } from './compile-program.js';
import type { GpType } from './gp-api.js';
import type { GpContext, ScopeVar } from './gp-context.js';
import { nodesToOutput } from './nodes-to-output.js';
import { printNode } from './print-program.js';
import type { GpNode } from './program-tree.js';
import { treeSize } from './program-tree.js';
import { STEP_LIMIT } from './primitives/array-helpers.js';

/** Bounds of one lambda-body enumeration: largest body, distinct bodies kept per type and size, candidates run. */
export const LAMBDA_BODY_LIMITS = { maxSize: 5, perTypeAndSize: 200, maxCandidates: 12_000, environments: 16 };

/** A body and its values over the sampled environments. */
interface Body {
  node: GpNode;
  values: unknown[];
}

/** Values of type `type` found in the inputs (top level, array elements, characters), distinct, in order of appearance. */
function samplesOf(type: GpType, inputs: unknown[][], limit: number): unknown[] {
  const out = new Map<string, unknown>();
  const add = (v: unknown): void => {
    if (out.size < limit * 4) out.set(JSON.stringify(v), v);
  };
  const visit = (v: unknown): void => {
    if (type === 'string' && typeof v === 'string') [...v].forEach(add);
    if (Array.isArray(v)) v.forEach(visit);
    else if ((type === 'int' && Number.isInteger(v)) || (type === 'float' && typeof v === 'number') || (type === 'string' && typeof v === 'string')) add(v);
  };
  inputs.forEach((args) => args.forEach(visit));
  const defaults: Partial<Record<GpType, unknown[]>> = { int: [0, 1, -1, 2, 3], float: [0, 1, 0.5, -1.5], string: ['a', ' ', 'B', '1'], boolean: [true, false] };
  (defaults[type] ?? []).forEach(add);
  const all = [...out.values()];
  // Spread over what was seen rather than only the first values: a lambda sees the inputs' whole range.
  const step = Math.max(1, Math.floor(all.length / limit));
  return all.filter((_, i) => i % step === 0).slice(0, limit);
}

/**
 * Lambda bodies by bottom-up enumeration with observational equivalence over sampled environments (the bound
 * parameters take values drawn from the inputs, the function's parameters those of the cases): each distinct
 * behaviour is kept once, by its smallest body, so a predicate such as `x % 2 !== 0` (five nodes) is reached
 * without enumerating every five-node tree. Returns the bodies that read a bound parameter, smallest first, and the
 * body evaluations spent (each counts as an execution).
 */
export function enumerateLambdaBodies(
  ctx: GpContext,
  table: PrimitiveTable,
  type: GpType,
  bound: ScopeVar[],
  leaves: GpNode[],
  inputs: unknown[][],
  maxCandidates: number = LAMBDA_BODY_LIMITS.maxCandidates,
  maxSize: number = LAMBDA_BODY_LIMITS.maxSize,
): { bodies: GpNode[]; executions: number } {
  const n = LAMBDA_BODY_LIMITS.environments;
  const samples = bound.map((b) => samplesOf(b.type, inputs, n));
  if (samples.some((s) => s.length === 0) || inputs.length === 0) return { bodies: [], executions: 0 };
  const envBound = bound.map((_, j) => Array.from({ length: n }, (_, k) => samples[j][(k * (2 * j + 1) + j) % samples[j].length]));
  const envParams = ctx.params.map((_, j) => Array.from({ length: n }, (_, k) => inputs[k % inputs.length][j]));
  const valuesOf = (leaf: GpNode): unknown[] => {
    if (leaf.kind === 'const') return Array.from({ length: n }, () => leaf.value);
    if (leaf.kind !== 'var') return [];
    const b = bound.findIndex((v) => v.name === leaf.name);
    if (b >= 0) return envBound[b];
    const p = ctx.params.findIndex((v) => v.name === leaf.name);
    return p >= 0 ? envParams[p] : [];
  };
  const levels = new Map<string, Body[]>();
  const seen = new Set<string>();
  const keep = (node: GpNode, values: unknown[], size: number): void => {
    const key = `${node.type}:${JSON.stringify(values)}`;
    const level = `${node.type}:${size}`;
    const list = levels.get(level) ?? [];
    if (seen.has(key) || key.length > 20_000 || list.length >= LAMBDA_BODY_LIMITS.perTypeAndSize) return;
    if (values.some((v) => typeof v === 'number' && !Number.isFinite(v))) return;
    // A non-leaf whose value is the same everywhere is a constant in disguise (`x < x`): the leaves cover constants.
    if (size > 1 && values.every((v) => v === values[0])) return;
    seen.add(key);
    list.push({ node, values });
    levels.set(level, list);
  };
  const boundLeaves: GpNode[] = bound.map((b) => ({ kind: 'var', type: b.type, name: b.name }));
  for (const leaf of [...boundLeaves, ...leaves]) keep(leaf, valuesOf(leaf), 1);
  const names = Object.keys(table).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
  const primitives = ctx.set.all.filter((p) => !p.lambdas && !p.extra && !p.name.startsWith('if_') && p.args.length <= 2 && ctx.types.includes(p.ret));
  // Parts that cannot become a body of the type within the size limit (an integer of four nodes in a predicate of five) are skipped.
  const toBody = nodesToOutput(primitives, [type]);
  let candidates = 0;
  const fns: Record<string, (...args: unknown[]) => unknown> = {};
  for (let size = 2; size <= Math.min(maxSize, LAMBDA_BODY_LIMITS.maxSize); size++) {
    for (const p of primitives) {
      if (size + (toBody.get(p.ret) ?? Infinity) > maxSize) continue;
      const slots: GpNode[] = p.args.map((t, i) => ({ kind: 'var', type: t, name: `a${i}` }));
      const parts = p.args.length === 1 ? [[size - 1]] : Array.from({ length: size - 2 }, (_, i) => [i + 1, size - 2 - i]);
      for (const split of parts) {
        const options = p.args.map((t, i) => levels.get(`${t}:${split[i]}`) ?? []);
        if (options.some((o) => o.length === 0)) continue;
        fns[p.name] ??= new Function('P', `"use strict";\nconst { ${names.join(', ')} } = P;\nreturn (${slots.map((_, i) => `a${i}`).join(', ')}) => ${printNode(ctx, { kind: 'call', prim: p.name, type: p.ret, kids: slots }, false, new Set())};`)(table) as (...args: unknown[]) => unknown;
        const combos: Body[][] = p.args.length === 1 ? options[0].map((a) => [a]) : options[0].flatMap((a) => options[1].map((b) => [a, b]));
        for (const kids of combos) {
          if (++candidates > maxCandidates) return { bodies: collect(levels, type, bound), executions: candidates * n };
          // Arguments that are all constants make a constant, which the leaves already cover.
          if (kids.every((k) => k.node.kind === 'const')) continue;
          const values: unknown[] = [];
          try {
            for (let k = 0; k < n; k++) {
              table.resetSteps(STEP_LIMIT);
              values.push(fns[p.name](...kids.map((kid) => kid.values[k])));
            }
          } catch {
            continue;
          }
          keep({ kind: 'call', prim: p.name, type: p.ret, kids: kids.map((k) => k.node) }, values, size);
        }
      }
    }
  }
  return { bodies: collect(levels, type, bound), executions: candidates * n };
}

/** The kept bodies of one type that read a bound parameter (a body that ignores them is a constant), smallest first. */
function collect(levels: Map<string, Body[]>, type: GpType, bound: ScopeVar[]): GpNode[] {
  const reads = (node: GpNode): boolean => (node.kind === 'var' ? bound.some((b) => b.name === node.name) : node.kind === 'call' && node.kids.some(reads));
  const out: GpNode[] = [];
  for (let size = 1; size <= LAMBDA_BODY_LIMITS.maxSize; size++) for (const b of levels.get(`${type}:${size}`) ?? []) if (reads(b.node)) out.push(b.node);
  return out.sort((a, b) => treeSize(a) - treeSize(b));
}
