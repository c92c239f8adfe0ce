import type { ExampleCase } from '../../directive/directive.js';
import { caseError } from './case-errors.js';
import type { Found } from './enumerate-programs.js';
import type { GpType } from './gp-api.js';
import type { GpNode } from './program-tree.js';

/** Bounds of the search for `c ? a : b`: branches tried first, conditions returned, cases (one bit each). */
export const UNIFY_LIMITS = { firstBranches: 300, results: 20, maxCases: 30 };

/**
 * Conditionals `c ? a : b` exact on the enumeration's cases, from its bank (EUSolver's unification, one split deep):
 * two terms that together are right on every case, and a condition that is true where only the first is right and
 * false where only the second is. Smallest first. Bank values are those on `cases`; the caller checks the results on
 * the cases it did not enumerate on, since a condition can split a few cases by chance.
 */
export function unifyConditional(bank: Map<GpType, Found[]>, type: GpType, cases: ExampleCase[]): GpNode[] {
  const n = cases.length;
  if (n === 0 || n > UNIFY_LIMITS.maxCases) return [];
  const full = (1 << n) - 1;
  const terms = (bank.get(type) ?? []).map((f) => ({ f, mask: maskOf(f.values, (v, i) => caseError(type, v, cases[i].outputs[0]) === 0) }));
  const useful = terms.filter((t) => t.mask !== 0 && t.mask !== full);
  const conditions = (bank.get('boolean') ?? []).map((f) => ({ f, mask: maskOf(f.values, (v) => v === true) }));
  // Branches that are right on more cases first, smaller ones among equals.
  const first = [...useful].sort((a, b) => popcount(b.mask) - popcount(a.mask) || a.f.size - b.f.size).slice(0, UNIFY_LIMITS.firstBranches);
  const found: { node: GpNode; size: number }[] = [];
  for (const a of first) {
    for (const b of useful) {
      if ((a.mask | b.mask) !== full || b === a) continue;
      const onlyA = a.mask & ~b.mask;
      const onlyB = b.mask & ~a.mask;
      for (const c of conditions) {
        if ((c.mask & onlyA) !== onlyA || (c.mask & onlyB) !== 0) continue;
        const node: GpNode = { kind: 'call', prim: `if_${type}`, type, kids: [c.f.node, a.f.node, b.f.node] };
        found.push({ node, size: 1 + a.f.size + b.f.size + c.f.size });
        break;
      }
      if (found.length >= UNIFY_LIMITS.results * 4) break;
    }
  }
  return found
    .sort((x, y) => x.size - y.size)
    .slice(0, UNIFY_LIMITS.results)
    .map((x) => x.node);
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
