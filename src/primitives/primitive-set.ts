import type { ExtraPrimitive, GpType } from './value-types.js';
import { ARRAY_HELPERS } from './array-helpers.js';
import { arrayPrimitives } from './array-primitives.js';
import { higherOrderPrimitives } from './higher-order-primitives.js';
import { numberPrimitives } from './number-primitives.js';
import type { Primitive, PrimitiveCue } from './primitive.js';
import { prim } from './primitive.js';
import { SCALAR_HELPERS } from './scalar-helpers.js';
import { stringPrimitives } from './string-primitives.js';

/** Every GP type, in a fixed order. */
export const ALL_TYPES: GpType[] = ['int', 'float', 'string', 'boolean', 'int[]', 'float[]', 'string[]'];

/** All inline helpers by name. */
export const HELPERS: Record<string, { source: string; needs?: string[] }> = { ...SCALAR_HELPERS, ...ARRAY_HELPERS };

/**
 * Identifiers evolved code may use besides helpers and variables; parameter names must avoid them. `gpProgram` is the
 * name every program is compiled under (compile-programs.ts): an extra primitive of that name would be the program itself.
 */
export const RESERVED = new Set(['Math', 'String', 'Number', 'Array', 'steps', 'bounded', 'charged', 'P', 'undefined', 'NaN', 'Infinity', 'gpProgram']);

/** The typed primitive set of one problem: built-ins plus the directive's extra primitives, indexed by result type. */
export class PrimitiveSet {
  readonly all: Primitive[];
  /** Primitives only deductions compose (`composedOnly`): known by name, never among `all` or a type's `returning`. */
  readonly composed: Primitive[];
  readonly byName = new Map<string, Primitive>();
  readonly byReturn = new Map<GpType, Primitive[]>();

  /**
   * Only primitives whose types are all in `types` are kept (extras always are; building blocks only when they fit),
   * and cued ones only when `cues` holds their cue (all of them when `cues` is not given).
   */
  constructor(extras: ExtraPrimitive[] = [], types: Set<GpType> = new Set(ALL_TYPES), library: Primitive[] = [], cues?: ReadonlySet<PrimitiveCue>) {
    const ternaries = ALL_TYPES.map((t) => prim(`if_${t}`, ['boolean', t, t], t, ([c, a, b]) => `(${c} ? ${a} : ${b})`));
    const added = extras.map((x): Primitive => {
      if (HELPERS[x.name] || RESERVED.has(x.name)) throw new Error(`extra primitive name "${x.name}" clashes with a built-in`);
      return { name: x.name, args: x.params, ret: x.returns, print: (a) => `${x.name}(${a.join(', ')})`, extra: { fn: x.fn, importFrom: x.importFrom } };
    });
    const fits = (p: Primitive): boolean =>
      (p.cue === undefined || cues === undefined || cues.has(p.cue)) &&
      types.has(p.ret) && p.args.every((t) => types.has(t)) && (p.lambdas ?? []).every((l) => (l ?? []).every((x) => types.has(x.type)));
    const builtIn = [...numberPrimitives(), ...stringPrimitives(), ...arrayPrimitives(), ...higherOrderPrimitives(), ...ternaries];
    this.all = [...builtIn.filter((p) => fits(p) && !p.composedOnly), ...added, ...library.filter(fits)];
    this.composed = builtIn.filter((p) => fits(p) && p.composedOnly);
    for (const p of [...this.composed, ...this.all]) {
      if (this.byName.has(p.name)) throw new Error(`duplicate primitive "${p.name}"`);
      this.byName.set(p.name, p);
      if (p.composedOnly) continue;
      const list = this.byReturn.get(p.ret) ?? [];
      list.push(p);
      this.byReturn.set(p.ret, list);
    }
  }

  /** The primitive with this name (throws when unknown: trees only hold names from this set). */
  get(name: string): Primitive {
    const p = this.byName.get(name);
    if (!p) throw new Error(`unknown primitive "${name}"`);
    return p;
  }

  /** Primitives returning the type. */
  returning(type: GpType): Primitive[] {
    return this.byReturn.get(type) ?? [];
  }
}

/** Types a problem's programs work with: its signature's types, their elements, int and boolean, arrays of those scalars; floats only when the signature has them. */
export function problemTypes(signature: GpType[], extras: ExtraPrimitive[] = []): Set<GpType> {
  const base = new Set<GpType>(['int', 'boolean']);
  for (const t of [...signature, ...extras.flatMap((x) => [...x.params, x.returns])]) {
    base.add(t);
    if (t.endsWith('[]')) base.add(t.slice(0, -2) as GpType);
  }
  for (const t of [...base]) if (t === 'int' || t === 'string' || t === 'float') base.add(`${t}[]` as GpType);
  return base;
}

/** Names of the helpers a set of primitive names needs, closed under dependencies, in a stable order. */
export function helpersFor(primitives: Iterable<Primitive>): string[] {
  const wanted = new Set<string>();
  const add = (name: string): void => {
    if (wanted.has(name)) return;
    for (const dep of HELPERS[name].needs ?? []) add(dep);
    wanted.add(name);
  };
  for (const p of primitives) for (const h of p.helpers ?? []) add(h);
  return Object.keys(HELPERS).filter((h) => wanted.has(h));
}
