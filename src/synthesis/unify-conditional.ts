import type { ExampleCase } from '../directive/directive.js';
import { caseError } from '../programs/case-errors.js';
import type { Found } from './enumerate-programs.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpNode } from '../programs/program-tree.js';

/**
 * Bounds of the search: branches tried first, conditions returned, cases (one bit each), and for decision lists the
 * distinct conditions scanned (smallest first), the first rules each starting a list, the rules of a list, the endings
 * each list is given and the conditions of one mask each ending is tried with.
 */
export const UNIFY_LIMITS = { firstBranches: 300, results: 20, maxCases: 30, conditions: 400, firstRules: 20, maxRules: 6, endings: 4, alternatives: 3, work: 30_000_000 };

/** Mask tests left for one unification: both searches stop when they run out (a few tenths of a second at most). */
class Work {
  left = UNIFY_LIMITS.work;
  spend(n: number): boolean {
    this.left -= n;
    return this.left > 0;
  }
}

interface Masked {
  f: Found;
  mask: number;
}

/**
 * Conditionals exact on the enumeration's cases, built from its bank (EUSolver's unification): `c ? a : b`, two terms
 * that together are right on every case and a condition true where only the first is right and false where only the
 * second is; then decision lists `c1 ? t1 : c2 ? t2 : … : t` of two to six rules; the smallest of each kind first.
 * Bank values are those on `cases`; the caller checks the results on the cases it did not enumerate on, since a
 * condition can split a few cases by chance.
 */
export function unifyConditional(bank: Map<GpType, Found[]>, type: GpType, cases: ExampleCase[]): GpNode[] {
  const n = cases.length;
  if (n === 0 || n > UNIFY_LIMITS.maxCases) return [];
  const full = (1 << n) - 1;
  const terms = distinctMasks((bank.get(type) ?? []).map((f) => ({ f, mask: maskOf(f.values, (v, i) => caseError(type, v, cases[i].outputs[0]) === 0) })));
  const useful = terms.filter((t) => t.mask !== 0 && t.mask !== full);
  const asked = (bank.get('boolean') ?? []).map((f) => ({ f, mask: maskOf(f.values, (v) => v === true) }));
  const conditions = distinctMasks(asked);
  const work = new Work();
  // Two-branch conditionals first, then the lists: a two-branch one can fit these cases by chance and fail the others.
  const smallest = (found: { node: GpNode; size: number }[]): GpNode[] => found.sort((x, y) => x.size - y.size).slice(0, UNIFY_LIMITS.results).map((x) => x.node);
  const two = smallest(twoBranches(useful, conditions, full, type, work));
  return [...two, ...smallest(decisionLists(useful, conditions.slice(0, UNIFY_LIMITS.conditions), alternatives(asked), full, type, work))];
}

function twoBranches(useful: Masked[], conditions: Masked[], full: number, type: GpType, work: Work): { node: GpNode; size: number }[] {
  // Branches that are right on more cases first, smaller ones among equals.
  const first = [...useful].sort((a, b) => popcount(b.mask) - popcount(a.mask) || a.f.size - b.f.size).slice(0, UNIFY_LIMITS.firstBranches);
  const found: { node: GpNode; size: number }[] = [];
  for (const a of first) {
    if (!work.spend(useful.length)) return found;
    for (const b of useful) {
      if ((a.mask | b.mask) !== full || b === a || !work.spend(conditions.length)) continue;
      const onlyA = a.mask & ~b.mask;
      const onlyB = b.mask & ~a.mask;
      for (const c of conditions) {
        if ((c.mask & onlyA) !== onlyA || (c.mask & onlyB) !== 0) continue;
        found.push({ node: ifNode(type, c, a, b), size: 1 + a.f.size + b.f.size + c.f.size });
        break;
      }
      if (found.length >= UNIFY_LIMITS.results * 4) return found;
    }
  }
  return found;
}

/**
 * Decision lists `c1 ? t1 : c2 ? t2 : … : default` (Rivest's decision lists, grown greedily): each rule's condition
 * holds on some of the cases still open and only where its term is right among them; the rule that takes the most open
 * cases goes next (the smaller among equals) until one term is right on every case left, which becomes the default;
 * wherever rules leave one, the smallest few such endings also end a list each.
 * Each of the best first rules starts a list of its own, so one greedy choice does not decide them all.
 */
function decisionLists(useful: Masked[], conditions: Masked[], others: Map<number, Masked[]>, full: number, type: GpType, work: Work): { node: GpNode; size: number }[] {
  const safeTerm = (held: number): Masked | undefined => {
    let best: Masked | undefined;
    if (!work.spend(useful.length)) return undefined;
    for (const t of useful) if ((t.mask & held) === held && (!best || t.f.size < best.f.size)) best = t;
    return best;
  };
  const rulesOn = (open: number): Rule[] => {
    const rules: Rule[] = [];
    for (const c of conditions) {
      if (work.left <= 0) break;
      const held = c.mask & open;
      if (held === 0 || held === open) continue;
      const t = safeTerm(held);
      if (t) rules.push({ c, t, gain: popcount(held) });
    }
    return rules.sort((a, b) => b.gain - a.gain || a.c.f.size + a.t.f.size - b.c.f.size - b.t.f.size);
  };
  // Of the rules after which one term is right on every case left, the smallest few with that default (of equals the
  // one that takes the most cases first), each ending a list, with each of a few conditions of its mask; the greedy
  // list is built as well. The last choice between two terms may hold on these cases by chance (a tweet with letters is not
  // empty here, "?!" is not so), where the other way round is right (an empty tweet); and conditions equal on these
  // cases (`s === ""`, `"abc".includes(s)`, the same size) may differ on others: the caller checks each on every case.
  const closing = (rules: Rule[], open: number): { rule: Rule; last: Masked; size: number }[] => {
    const ends = rules.flatMap((rule) => {
      const last = safeTerm(open & ~rule.c.mask);
      return last ? [{ rule, last, size: rule.c.f.size + rule.t.f.size + last.f.size }] : [];
    });
    return ends.sort((a, b) => a.size - b.size || b.rule.gain - a.rule.gain).slice(0, UNIFY_LIMITS.endings);
  };
  const found: { node: GpNode; size: number }[] = [];
  const emit = (list: Rule[], last: Masked): void => {
    let node: GpNode = last.f.node;
    let size = last.f.size;
    // Each rule its own copy of a term two rules share, so tuning one's constants leaves the other's.
    for (const rule of [...list].reverse()) {
      node = { kind: 'call', prim: `if_${type}`, type, kids: [rule.c.f.node, structuredClone(rule.t.f.node), node] };
      size += 1 + rule.c.f.size + rule.t.f.size;
    }
    found.push({ node, size });
  };
  for (const first of rulesOn(full).slice(0, UNIFY_LIMITS.firstRules)) {
    const list = [first];
    let open = full & ~first.c.mask;
    // One rule and a default is a two-branch conditional, found above.
    if (safeTerm(open)) continue;
    while (list.length < UNIFY_LIMITS.maxRules && work.left > 0) {
      const rules = rulesOn(open);
      const ends = closing(rules, open);
      for (const end of ends) for (const c of others.get(end.rule.c.mask) ?? [end.rule.c]) emit([...list, { ...end.rule, c }], end.last);
      // The greedy list goes on as before: the rule that takes the most open cases, unless it was an ending above.
      const greedy = rules[0];
      if (!greedy || ends.some((end) => end.rule === greedy)) break;
      list.push(greedy);
      open &= ~greedy.c.mask;
      const last = safeTerm(open);
      if (last) {
        emit(list, last);
        break;
      }
    }
    if (work.left <= 0) break;
  }
  return found;
}

interface Rule {
  c: Masked;
  t: Masked;
  gain: number;
}

const ifNode = (type: GpType, c: Masked, a: Masked, b: Masked): GpNode => ({ kind: 'call', prim: `if_${type}`, type, kids: [c.f.node, a.f.node, b.f.node] });

/** The smallest few expressions of each mask, smallest first. */
function alternatives(list: Masked[]): Map<number, Masked[]> {
  const byMask = new Map<number, Masked[]>();
  for (const m of [...list].sort((a, b) => a.f.size - b.f.size)) {
    const same = byMask.get(m.mask) ?? [];
    if (same.length < UNIFY_LIMITS.alternatives) byMask.set(m.mask, [...same, m]);
  }
  return byMask;
}

/** The smallest expression of each mask (the bank lists smaller expressions first, and a stable sort keeps that). */
function distinctMasks(list: Masked[]): Masked[] {
  const seen = new Set<number>();
  return [...list].sort((a, b) => a.f.size - b.f.size).filter((m) => !seen.has(m.mask) && (seen.add(m.mask), true));
}

function maskOf(values: unknown[], ok: (v: unknown, i: number) => boolean): number {
  let mask = 0;
  for (let i = 0; i < values.length; i++) if (ok(values[i], i)) mask |= 1 << i;
  return mask;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}
