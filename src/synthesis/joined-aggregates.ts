import type { GpType } from '../programs/gp-problem.js';
import type { GpNode } from '../programs/program-tree.js';
import { call, literal, variable } from '../programs/program-tree.js';
import { tag } from '../primitives/primitive.js';
import type { Aggregate } from './aggregates.js';
import { arrayOf } from './aggregates.js';

/** The most separators tried, and the share of the outputs one must appear in. */
const SEPARATORS = { most: 3, share: 1 / 4 };

/**
 * The separators a text output may join its items with: the runs of characters that are neither letters nor digits,
 * up to five (", ", "\n", " -> "), less a sign that starts a number after them (", " in "1, -2"), found in at least a
 * quarter of the outputs; the most frequent first, three at most.
 */
export function separatorsOf(outputs: unknown[]): string[] {
  const texts = outputs.filter((o): o is string => typeof o === 'string');
  const seen = new Map<string, number>();
  for (const t of texts) {
    const runs = new Set<string>();
    for (const m of t.matchAll(/[^\p{L}\p{N}]+/gu)) {
      const signed = /[-+]$/.test(m[0]) && /\d/.test(t[m.index + m[0].length] ?? '') && m.index > 0;
      const run = signed && m[0].length > 1 ? m[0].slice(0, -1) : m[0];
      if (run.length <= 5) runs.add(run);
    }
    for (const run of runs) seen.set(run, (seen.get(run) ?? 0) + 1);
  }
  return [...seen]
    .filter(([, n]) => n >= Math.max(1, texts.length * SEPARATORS.share))
    .sort((a, b) => b[1] - a[1])
    .slice(0, SEPARATORS.most)
    .map(([run]) => run);
}

/** The body's texts joined by a separator: `xs.map((x1) => …).join(", ")` (the square of each number, one per line). */
export function joinedAggregates(separators: string[]): Aggregate[] {
  return separators.map((sep) => ({
    name: `joined by ${JSON.stringify(sep)}`,
    body: 'string',
    apply: (values) => values.join(sep),
    compose: (l, f) => call('join_strings', 'string', [l.map('string', f), literal('string', sep)]),
    maps: true,
    joins: sep,
  }));
}

/**
 * The elements a condition keeps, written as text and joined by a separator: `xs.filter((x1) => …).map((x1) =>
 * String(x1)).join("\n")` (the even numbers from a to b, one per line; the words longer than k, with spaces).
 */
export function keptJoined(separators: string[], element: GpType): Aggregate[] {
  if (element !== 'int' && element !== 'string') return [];
  const a = arrayOf(element);
  const text = (xs: GpNode): GpNode => (element === 'string' ? xs : call('map_ints_string', 'string[]', [xs, call('str_int', 'string', [variable('int', 'x1')])]));
  return separators.map((sep) => ({
    name: `kept, joined by ${JSON.stringify(sep)}`,
    body: 'boolean',
    apply: (values, tuples) => tuples.filter((_, i) => values[i] === true).map((t) => String(t[0])).join(sep),
    compose: (l, f) => call('join_strings', 'string', [text(call(`filter_${tag(a)}`, a, [l.xs, f])), literal('string', sep)]),
  }));
}
