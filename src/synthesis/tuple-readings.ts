import type { ExampleCase } from '../directive/directive.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpContext } from '../programs/gp-context.js';
import { tag } from '../primitives/primitive.js';
import type { GpNode } from '../programs/program-tree.js';
import { call } from '../programs/program-tree.js';

/**
 * One way to read a problem's inputs as a sequence of tuples a loop visits: a parameter's elements, characters or
 * words (one variable), two parameters of equal length side by side, or a parameter's neighbours (two variables).
 */
export interface TupleReading {
  /** The types of the loop body's variables (`el`, then `el2`). */
  vars: GpType[];
  /** A case's tuples in loop order; none when the reading does not apply to it. */
  tuples: (c: ExampleCase) => unknown[][] | undefined;
  /** The sequence the loop visits, its element type, and what each body variable becomes inside the loop (over `x1`). */
  loop: { xs: GpNode; element: GpType; access: GpNode[] };
  /**
   * Positions and counts: the parameter's type, every parameter (which a body may also read: `xs[i] > max(xs.slice(i +
   * 1))`), and where in a tuple the index stands.
   */
  whole?: { type: GpType; params: { name: string; type: GpType }[]; index: number };
  /** Values computed from a case's inputs beside each tuple, after them (reading-means.ts), and how the loop reads each. */
  derived?: { name: string; node: GpNode }[];
  /** Scalar parameters the loop does not visit, after a tuple's own values: the body reads them by name (reading-means.ts). */
  beside?: { name: string; type: GpType }[];
  /** Its share of the search beside the others' (two parameters side by side get twice a single one's). */
  weight: number;
  /** Two parameters side by side as `zipWith(a, b, (x1, y1) => …)`, for a body of their element type. */
  zip?: { element: GpType; access: GpNode[]; map: (body: GpNode) => GpNode };
}

const ELEMENTS = new Set<GpType>(['int', 'float', 'string']);
const int = (value: number): GpNode => ({ kind: 'const', type: 'int', value });
const loopVar = (type: GpType): GpNode => ({ kind: 'var', type, name: 'x1' });

/** The parts of a parameter's value: an array's elements or a text's characters (or words). */
export function partsOf(v: unknown, words = false): unknown[] | undefined {
  if (Array.isArray(v)) return v;
  if (typeof v !== 'string') return undefined;
  return words ? v.split(' ').filter((w) => w !== '') : [...v];
}

/** The i-th part of a parameter inside an index loop: `s.charAt(i)` or `nth(xs, i)`. */
function at(param: GpNode, index: GpNode): GpNode {
  if (param.type === 'string') return call('charAt', 'string', [param, index]);
  return call(`nth_${tag(param.type)}`, param.type.slice(0, -2) as GpType, [param, index]);
}

const length = (param: GpNode): GpNode => call(param.type === 'string' ? 'len_string' : `len_${tag(param.type)}`, 'int', [param]);

/** A sequence parameter's part type (a text's characters are texts), or none. */
function partType(type: GpType): GpType | undefined {
  if (type === 'string') return 'string';
  const element = type.slice(0, -2) as GpType;
  return type.endsWith('[]') && ELEMENTS.has(element) ? element : undefined;
}

/** Counts up to a case's integer parameter this large: a loop over more runs out of its steps (`stepBudget`). */
const MOST_COUNTED = 1_000;

/** An integer parameter read as the count 0 … n - 1 (`range(n)`), a body reading each number and every parameter. */
function counting(ctx: GpContext, i: number, param: GpNode): TupleReading {
  return {
    vars: ['int'],
    whole: { type: 'int', params: ctx.params, index: 0 },
    weight: 1,
    tuples: (c) => {
      const n = c.inputs[i] as number;
      return Number.isInteger(n) && n <= MOST_COUNTED ? Array.from({ length: Math.max(0, n) }, (_, k) => [k, ...c.inputs]) : undefined;
    },
    loop: { xs: call('range_int', 'int[]', [param]), element: 'int', access: [loopVar('int')] },
  };
}

/**
 * The readings a signature allows: pairs of equal-length parameters, then each parameter's parts one at a time (and a
 * text's words where the inputs hold spaces), then each parameter's neighbours, a number list's running sums, then its positions (each part with its
 * index, the body reading every parameter too) and each integer parameter's count (0 to n - 1, likewise).
 */
export function tupleReadings(ctx: GpContext, cases: ExampleCase[]): TupleReading[] {
  const vars = ctx.params.map((p) => ({ kind: 'var', type: p.type, name: p.name }) as GpNode);
  const zips: TupleReading[] = [];
  const neighbours: TupleReading[] = [];
  const singles: TupleReading[] = [];
  const positions: TupleReading[] = [];
  const runningSums: TupleReading[] = [];
  ctx.params.forEach((p, i) => {
    if (p.type === 'int') positions.push(counting(ctx, i, vars[i]));
    const part = partType(p.type);
    if (!part) return;
    const param = vars[i];
    for (let j = i + 1; j < ctx.params.length; j++) {
      if (ctx.params[j].type !== p.type) continue;
      const other = vars[j];
      const tuples = (c: ExampleCase): unknown[][] | undefined => {
        const a = partsOf(c.inputs[i]);
        const b = partsOf(c.inputs[j]);
        return a && b && a.length === b.length ? a.map((x, k) => [x, b[k]]) : undefined;
      };
      const xs = call('range_int', 'int[]', [length(param)]);
      const seq = (v: GpNode): GpNode => (p.type === 'string' ? call('chars_string', 'string[]', [v]) : v);
      const arr = `${part}[]` as GpType;
      const zip = { element: part, access: [loopVar(part), { kind: 'var', type: part, name: 'y1' } as GpNode], map: (f: GpNode) => call(`zip_${tag(arr)}`, arr, [seq(param), seq(other), f]) };
      zips.push({ vars: [part, part], tuples, loop: { xs, element: 'int', access: [at(param, loopVar('int')), at(other, loopVar('int'))] }, zip, weight: 2 });
    }
    const next = call('add_int', 'int', [loopVar('int'), int(1)]);
    neighbours.push({
      vars: [part, part],
      weight: 1,
      tuples: (c) => partsOf(c.inputs[i])?.flatMap((x, k, all) => (k + 1 < all.length ? [[x, all[k + 1]]] : [])),
      loop: { xs: call('range_int', 'int[]', [call('sub_int', 'int', [length(param), int(1)])]), element: 'int', access: [at(param, loopVar('int')), at(param, next)] },
    });
    const own = (xs: GpNode, words = false): TupleReading => ({
      vars: [part],
      weight: 1,
      tuples: (c) => partsOf(c.inputs[i], words)?.map((x) => [x]),
      loop: { xs, element: part, access: [loopVar(part)] },
    });
    positions.push({
      vars: [part, 'int'],
      whole: { type: p.type, params: ctx.params, index: 1 },
      weight: 1,
      tuples: (c) => partsOf(c.inputs[i])?.map((x, k) => [x, k, ...c.inputs]),
      loop: { xs: call('range_int', 'int[]', [length(param)]), element: 'int', access: [at(param, loopVar('int')), loopVar('int')] },
    });
    singles.push(own(p.type === 'string' ? call('chars_string', 'string[]', [param]) : param));
    // A number list's running sums (a balance after each deposit): the sums its prefixes add up to, in order.
    if (part !== 'string') {
      const sums = call(`scan_${tag(p.type)}`, p.type, [param, { kind: 'const', type: part, value: 0 }, call(`add_${part}`, part, [{ kind: 'var', type: part, name: 'acc1' }, loopVar(part)])]);
      const running = (xs: unknown[] | undefined): unknown[][] | undefined => {
        let total = 0;
        return xs?.map((x) => [(total += x as number)]);
      };
      runningSums.push({ vars: [part], weight: 1, tuples: (c) => running(partsOf(c.inputs[i])), loop: { xs: sums, element: part, access: [loopVar(part)] } });
    }
    if (p.type === 'string' && cases.some((c) => String(c.inputs[i]).includes(' '))) singles.push(own(call('words_string', 'string[]', [param]), true));
  });
  return [...zips, ...singles, ...neighbours, ...runningSums, ...positions];
}

/**
 * The tuples of every case, or none when a case does not fit the reading or they pass `most` in all (a position's
 * tuples hold every input: 200 texts of 5,000 characters are a million of them).
 */
export function casesTuples(reading: TupleReading, cases: ExampleCase[], most: number): unknown[][][] | undefined {
  const all: unknown[][][] = [];
  let total = 0;
  for (const c of cases) {
    const tuples = reading.tuples(c);
    total += tuples?.length ?? 0;
    if (!tuples || total > most) return undefined;
    all.push(tuples);
  }
  return all;
}

/** The distinct tuples of the cases taken so far, and each taken case's tuples as indices into them. */
export class Tuples {
  readonly list: unknown[][] = [];
  private readonly index = new Map<string, number>();
  private readonly cases = new Map<number, number[]>();
  /** The text of each input a tuple holds whole, written once however many tuples hold it. */
  private readonly texts = new WeakMap<object, string>();
  constructor(private readonly perCase: unknown[][][]) {}
  private key(tuple: unknown[]): string {
    return tuple
      .map((v) => {
        if (typeof v !== 'object' || v === null) return JSON.stringify(v);
        const known = this.texts.get(v);
        if (known !== undefined) return known;
        const text = JSON.stringify(v);
        this.texts.set(v, text);
        return text;
      })
      .join('\u0000');
  }
  /** Whether case `k`'s new tuples would keep the list within `most`. */
  fits(k: number, most: number): boolean {
    return this.list.length + new Set(this.perCase[k].map((t) => this.key(t)).filter((key) => !this.index.has(key))).size <= most;
  }
  /** Takes case `k` if its new tuples keep the list within `most`. */
  add(k: number, most: number): boolean {
    if (!this.fits(k, most)) return false;
    const keys = this.perCase[k].map((t) => this.key(t));
    this.cases.set(k, keys.map((key, i) => {
      if (!this.index.has(key)) this.index.set(key, this.list.push(this.perCase[k][i]) - 1);
      return this.index.get(key) as number;
    }));
    return true;
  }
  has(k: number): boolean {
    return this.cases.has(k);
  }
  of(k: number): number[] {
    return this.cases.get(k) ?? [];
  }
}
