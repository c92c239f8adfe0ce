import { tableFunction } from './candidate-functions.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpContext, ScopeVar } from '../programs/gp-context.js';
import { nodesToOutput } from '../programs/nodes-to-output.js';
import { printNode } from '../programs/print-program.js';
import type { GpNode } from '../programs/program-tree.js';
import type { Primitive } from '../primitives/primitive.js';
import { STEP_LIMIT } from '../primitives/array-helpers.js';
import { textHash } from '../util/text-hash.js';

/** Bounds of one lambda-body enumeration: largest body, distinct bodies kept per type and size, candidates run. */
export const LAMBDA_BODY_LIMITS = { maxSize: 5, perTypeAndSize: 200, maxCandidates: 12_000, environments: 16 };

/** A body and its values over the sampled environments. */
interface Body {
  node: GpNode;
  values: unknown[];
}

/** Values of type `type` found in the inputs (top level, array elements, characters, words), distinct, in order of appearance. */
function samplesOf(type: GpType, inputs: unknown[][], limit: number): unknown[] {
  const out = new Map<string, unknown>();
  const add = (v: unknown): void => {
    if (out.size < limit * 4) out.set(JSON.stringify(v), v);
  };
  const visit = (v: unknown): void => {
    // A loop over a text visits its characters or its words: a body sees both (a word's length is not a sentence's).
    if (type === 'string' && typeof v === 'string') [...v, ...v.split(/[\s,;|/-]+/).filter((w) => w.length > 1 && w !== v)].forEach(add);
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
 * Lambda bodies of one shape (body type, bound parameters) by bottom-up enumeration with observational equivalence
 * over sampled environments (the bound parameters take values drawn from the inputs, the function's parameters those
 * of the cases): each distinct behaviour is kept once, by its smallest body, so a predicate such as `x % 2 !== 0`
 * (five nodes) is reached without enumerating every five-node tree. Sizes are enumerated on demand, each once.
 */
export class LambdaBodies {
  private readonly n = LAMBDA_BODY_LIMITS.environments;
  private readonly levels = new Map<string, Body[]>();
  private readonly seen = new Set<number>();
  private readonly primitives: Primitive[];
  private readonly toBody: Map<GpType, number>;
  private readonly fns = new Map<string, (...args: unknown[]) => unknown>();
  private size = 1;

  constructor(
    private readonly ctx: GpContext,
    private readonly table: PrimitiveTable,
    private readonly type: GpType,
    private readonly bound: ScopeVar[],
    leaves: GpNode[],
    inputs: unknown[][],
  ) {
    const n = this.n;
    const samples = bound.map((b) => samplesOf(b.type, inputs, n));
    this.primitives = ctx.set.all.filter((p) => !p.lambdas && !p.extra && !p.name.startsWith('if_') && p.args.length <= 2 && ctx.types.includes(p.ret));
    // Parts that cannot become a body of the type within the largest size (a four-node integer in a predicate) are skipped.
    this.toBody = nodesToOutput(this.primitives, [type]);
    if (samples.some((s) => s.length === 0) || inputs.length === 0) {
      this.size = LAMBDA_BODY_LIMITS.maxSize;
      return;
    }
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
    const boundLeaves: GpNode[] = bound.map((b) => ({ kind: 'var', type: b.type, name: b.name }));
    for (const leaf of [...boundLeaves, ...leaves]) this.keep(leaf, valuesOf(leaf), 1);
  }

  private keep(node: GpNode, values: unknown[], size: number): void {
    // At the largest size a body is only ever used as a whole, and one that ignores the bound parameters is a constant:
    // it must not take a place a body that reads them could have (200 per size, filled in the primitives' order).
    if (size === LAMBDA_BODY_LIMITS.maxSize && !this.reads(node)) return;
    const text = `${node.type}:${JSON.stringify(values)}`;
    const key = textHash(text);
    const level = `${node.type}:${size}`;
    const list = this.levels.get(level) ?? [];
    if (this.seen.has(key) || text.length > 20_000 || list.length >= LAMBDA_BODY_LIMITS.perTypeAndSize) return;
    if (values.some((v) => typeof v === 'number' && !Number.isFinite(v))) return;
    // A non-leaf whose value is the same everywhere is a constant in disguise (`x < x`): the leaves cover constants.
    if (size > 1 && values.every((v) => v === values[0])) return;
    this.seen.add(key);
    list.push({ node, values });
    this.levels.set(level, list);
  }

  /** Enumerates the sizes not yet done up to `upTo`, running at most `maxCandidates`; returns the body evaluations spent. */
  grow(upTo: number, maxCandidates: number): number {
    let candidates = 0;
    for (; this.size < Math.min(upTo, LAMBDA_BODY_LIMITS.maxSize); this.size++) {
      const size = this.size + 1;
      for (const p of this.primitives) {
        if (size + (this.toBody.get(p.ret) ?? Infinity) > LAMBDA_BODY_LIMITS.maxSize) continue;
        const parts = p.args.length === 1 ? [[size - 1]] : Array.from({ length: size - 2 }, (_, i) => [i + 1, size - 2 - i]);
        for (const split of parts) {
          const options = p.args.map((t, i) => this.levels.get(`${t}:${split[i]}`) ?? []);
          if (options.some((o) => o.length === 0)) continue;
          const fn = this.compiled(p);
          const combos: Body[][] = p.args.length === 1 ? options[0].map((a) => [a]) : options[0].flatMap((a) => options[1].map((b) => [a, b]));
          for (const kids of combos) {
            // A size cut short by the cap stays as it is (run again, it would find nothing new): later sizes build on what it kept.
            if (++candidates > maxCandidates) {
              this.size++;
              return (candidates - 1) * this.n;
            }
            // Arguments that are all constants make a constant, which the leaves already cover.
            if (kids.every((k) => k.node.kind === 'const')) continue;
            const values: unknown[] = [];
            try {
              for (let k = 0; k < this.n; k++) {
                this.table.resetSteps(STEP_LIMIT);
                values.push(fn(...kids.map((kid) => kid.values[k])));
              }
            } catch {
              continue;
            }
            this.keep({ kind: 'call', prim: p.name, type: p.ret, kids: kids.map((k) => k.node) }, values, size);
          }
        }
      }
    }
    return candidates * this.n;
  }

  /**
   * The kept bodies of this many nodes that read a bound parameter (a body that ignores them is a constant), those that
   * read every bound parameter first: a fold's `acc + f(x)` before the bodies that drop the element or the accumulator.
   */
  bodies(size: number): GpNode[] {
    const every: GpNode[] = [];
    const some: GpNode[] = [];
    for (const { node } of this.levels.get(`${this.type}:${size}`) ?? []) {
      if (this.bound.every((b) => this.reads(node, b.name))) every.push(node);
      else if (this.reads(node)) some.push(node);
    }
    return [...every, ...some];
  }

  /** Whether a body reads the named bound parameter (any of them without a name). */
  private reads(node: GpNode, name?: string): boolean {
    if (node.kind === 'var') return name ? node.name === name : this.bound.some((b) => b.name === node.name);
    return node.kind === 'call' && node.kids.some((k) => this.reads(k, name));
  }

  private compiled(p: Primitive): (...args: unknown[]) => unknown {
    let fn = this.fns.get(p.name);
    if (!fn) {
      const slots: GpNode[] = p.args.map((t, i) => ({ kind: 'var', type: t, name: `a${i}` }));
      const expr = printNode(this.ctx, { kind: 'call', prim: p.name, type: p.ret, kids: slots }, false, new Set());
      // A primitive's own call always compiles (its arguments are plain slots).
      fn = tableFunction(this.table, slots.map((_, i) => `a${i}`), expr) as (...args: unknown[]) => unknown;
      this.fns.set(p.name, fn);
    }
    return fn;
  }
}
