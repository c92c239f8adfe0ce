import type { ExampleCase } from '../directive/directive.js';
import { GpContext } from '../programs/gp-context.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpNode, Individual } from '../programs/program-tree.js';
import { call } from '../programs/program-tree.js';
import { tag } from '../primitives/primitive.js';
import type { Found } from './enumerate-programs.js';
import { enumeratePrograms } from './enumerate-programs.js';

/**
 * Bounds of a measures' enumeration: the cases it runs on and their items in all (a cut's places, a list's elements),
 * the largest measure, the measures that pick every sampled case right run on every case, and the most candidates it
 * runs (about 7 M executions).
 */
export const MEASURES = { cases: 6, items: 48, maxSize: 6, perPrimitive: 500, checked: 40, most: 150_000 };

/** How one item of a group is picked: where a measure is least (`dir` 1) or greatest (-1), or a condition first holds (0); the first such or the `last`. */
export interface Pick {
  dir: 1 | -1 | 0;
  last: boolean;
}

/** Every pick a measure of `type` may make (conditions only the first place they hold: no primitive finds the last). */
export const picks = (type: GpType): Pick[] =>
  type === 'boolean' ? [{ dir: 0, last: false }] : [{ dir: 1, last: false }, { dir: -1, last: false }, { dir: 1, last: true }, { dir: -1, last: true }];

/** The place from `from` on (of `count` values from `offset`) a pick makes; -1 where none, -2 where a value is of another kind. */
export function picked(values: unknown[], offset: number, count: number, from: number, pick: Pick): number {
  if (pick.dir === 0) {
    for (let i = from; i < count; i++) if (values[offset + i] === true) return i;
    return -1;
  }
  let best = -1;
  for (let i = from; i < count; i++) {
    const x = values[offset + i];
    if (typeof x !== 'number' || Number.isNaN(x)) return -2;
    const at = best < 0 ? NaN : (values[offset + best] as number);
    if (best < 0 || pick.dir * x < pick.dir * at || (pick.last && x === at)) best = i;
  }
  return best;
}

/** The index a pick makes among `measured` (an array of the measure's values): `measured.indexOf(minOf(measured))` and the like. */
export function pickIndex(measured: GpNode, pick: Pick): GpNode {
  const t = tag(measured.type);
  const best = call(`${pick.dir === 1 ? 'min' : 'max'}_${t}`, measured.type.slice(0, -2) as GpType, [measured]);
  return call(`${pick.last ? 'lastIndexOf' : 'indexOf'}_${t}`, 'int', [measured, best]);
}

/** Whether `ctx` offers what a pick over numbers of `key` type needs. */
export function picksOffered(ctx: GpContext, key: GpType): boolean {
  const t = tag(`${key}[]` as GpType);
  return [`min_${t}`, `max_${t}`, `indexOf_${t}`, `lastIndexOf_${t}`].every((name) => ctx.set.byName.has(name));
}

/** Up to MEASURES.cases groups with MEASURES.items items at most in all, those `first` says first, in their order. */
function sampledGroups<T>(groups: T[], size: (g: T) => number, first: (g: T) => boolean): T[] {
  const sample: T[] = [];
  let total = 0;
  for (const g of [...groups.filter(first), ...groups.filter((g) => !first(g))]) {
    if (sample.length >= MEASURES.cases) break;
    if (total + size(g) > MEASURES.items) continue;
    sample.push(g);
    total += size(g);
  }
  return sample;
}

/**
 * Measures of the items (numbers of type `key`) and conditions on them (where `conditions`), enumerated together over
 * `items`, each item a case of `params`; each is offered to `offer` (smallest first), which says whether it was `tried`
 * (run on every case: MEASURES.checked of them at most) or `found` (the enumeration stops). Returns the executions spent.
 */
export function searchMeasures(
  ctx: GpContext,
  params: { name: string; type: GpType }[],
  items: unknown[][],
  key: GpType,
  conditions: boolean,
  candidates: number,
  offer: (f: Found) => 'found' | 'tried' | 'skipped',
): number {
  if (items.length === 0) return 0;
  const outputs = conditions ? [key === 'int' ? 0 : 0.5, false] : [key === 'int' ? 0 : 0.5];
  const cases: ExampleCase[] = items.map((inputs) => ({ inputs, outputs }));
  const sub = new GpContext({ ...ctx.problem, name: 'measure', params, returns: conditions ? [key, 'boolean'] : [key], train: cases, test: [], seedPrograms: undefined });
  let tried = 0;
  const done = (f: Found): boolean => {
    if (f.node.type !== key && !(conditions && f.node.type === 'boolean')) return false;
    const said = offer(f);
    if (said === 'tried') tried++;
    return said === 'found' || tried >= MEASURES.checked;
  };
  const limits = { maxSize: MEASURES.maxSize, maxCandidates: Math.max(1, Math.floor(Math.min(MEASURES.most, candidates))), perPrimitive: MEASURES.perPrimitive, perType: 20_000, maxBytes: 32 * 2 ** 20 };
  return enumeratePrograms(sub, cases, limits, done).executions;
}

/**
 * A measures' search on a sample of `groups` (one per case, `i` its case; those `telling` first), with `share` of the
 * candidates; where it finds nothing but measures right on the sample got cases wrong (`missed`: `x > y` kept where
 * no sampled item told it from `x >= y`), once more for half that share with those cases' groups added to the sample
 * (as many items again at most; counterexample guided). `run` searches a sample and
 * reports the first case each program it composed missed. Returns the executions.
 */
export function sampledSearch<G extends { i: number }>(
  groups: G[],
  size: (g: G) => number,
  telling: (g: G) => boolean,
  share: number,
  run: (sample: G[], share: number, missed: (i: number) => void) => { found: boolean; executions: number },
): number {
  let sample = sampledGroups(groups, size, telling);
  let executions = 0;
  for (const part of [2 / 3, 1 / 3]) {
    // Every case may be longer than the items a sample holds: nothing to search on.
    if (sample.length === 0) break;
    const misses = new Set<number>();
    const result = run(sample, share * part, (i) => void misses.add(i));
    executions += result.executions;
    // The cases missed, each by the first measure that missed it (a product missed a list cut at its end, `>` a tie),
    // join the sample, as many items as it holds again at most.
    let room = MEASURES.items;
    const counters: G[] = [];
    for (const g of groups) {
      if (!misses.has(g.i) || sample.includes(g) || size(g) > room) continue;
      counters.push(g);
      room -= size(g);
    }
    if (result.found || counters.length === 0) break;
    sample = [...counters, ...sample];
  }
  return executions;
}

/**
 * What a search's `offer` says of one measure: each way to use it (`options`) that picks every sampled case right is
 * composed and run on every case (`miss`: the first case it gets wrong, -1 where none); the first exact program is
 * handed to `found`, and each case missed to `missed`.
 */
export function offerOptions<O>(
  options: O[],
  right: (o: O) => boolean,
  compose: (o: O) => Individual,
  miss: (program: Individual) => number,
  missed: (i: number) => void,
  found: (program: Individual) => void,
): 'found' | 'tried' | 'skipped' {
  let tried = false;
  for (const o of options) {
    if (!right(o)) continue;
    tried = true;
    const program = compose(o);
    const at = miss(program);
    if (at < 0) {
      found(program);
      return 'found';
    }
    missed(at);
  }
  return tried ? 'tried' : 'skipped';
}
