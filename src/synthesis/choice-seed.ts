import type { ExampleCase } from '../directive/directive.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpType } from '../programs/gp-problem.js';
import type { GpNode, Individual } from '../programs/program-tree.js';
import { call, inLoop, variable as v } from '../programs/program-tree.js';
import type { ChosenOutput } from '../constant-mining/output-choices.js';
import { chosenOutputs, goalAsksIndex } from '../constant-mining/output-choices.js';
import { tag } from '../primitives/primitive.js';
import type { Found } from './enumerate-programs.js';
import type { Pick } from './best-measure.js';
import { offerOptions, pickIndex, picked, picks, picksOffered, sampledSearch, searchMeasures } from './best-measure.js';
import { individualMiss } from './exact-check.js';

/** What a pick over values of another kind reads as: equal to no output. */
const NO_ITEM = Symbol('no item');

/** The collection a reading chooses from, as an expression of its parameter. */
function collection(ctx: GpContext, reading: ChosenOutput): GpNode {
  const p = ctx.params[reading.param];
  const param = v(p.type, p.name);
  if (reading.kind === 'list') return param;
  return call(reading.kind === 'words' ? 'words_string' : 'chars_string', 'string[]', [param]);
}

/**
 * The program choosing the item the pick makes: the collection bound first where it is computed (a text's words), then
 * the measure of each item (its loop variable `x1`, the measure's own loops one level deeper) and the index the pick
 * makes, or where a condition first holds; then the item there (a `text`'s character there, none where no place was),
 * or (`index`) the place itself.
 */
export function choiceProgram(coll: GpNode, measure: GpNode, item: string, pick: Pick, text?: GpNode, index = false): Individual {
  const lets: GpNode[] = coll.kind === 'var' ? [] : [coll];
  const items = coll.kind === 'var' ? coll : v(coll.type, `v${lets.length}`);
  const element = items.type.slice(0, -2) as GpType;
  const t = tag(items.type);
  const body = inLoop(measure, [item], [v(element, 'x1')]);
  if (pick.dir === 0) lets.push(call(`findIndex_${t}`, 'int', [items, body]));
  else {
    const keys = `${measure.type}[]` as GpType;
    lets.push(call(`map_${t}_${measure.type}`, keys, [items, body]));
    lets.push(pickIndex(v(keys, `v${lets.length}`), pick));
  }
  // A text's character is read with `charAt`, which gives the empty text where no place was found (-1).
  const at = v('int', `v${lets.length}`);
  if (index) return { lets: lets.slice(0, -1), outs: [lets[lets.length - 1]] };
  return { lets, outs: [text ? call('charAt', 'string', [text, at]) : call(`nth_${t}`, element, [items, at])] };
}

/**
 * Seeds a problem whose output is one item chosen from a collection of a parameter (output-choices.ts: the longest word,
 * the number closest to zero, the most frequent number): the item where a measure of the items is least or greatest,
 * the first such or the last, or the first where a condition holds. Measures (of the item and the parameters) are
 * enumerated over the items of a few cases and kept where they pick every sampled case's output; the program is then
 * `const v1 = s.split(' ').filter((w) => w !== '')`, `const v2 = v1.map((x1) => x1.length)`,
 * `const v3 = v2.indexOf(maxOf(v2))`, `return nth(v1, v3, '')`. `candidates`: the most the measures' enumeration runs
 * (MEASURES.most at most). Returns the first such program exact on every case.
 */
export function choiceSeed(ctx: GpContext, table: PrimitiveTable, cases: ExampleCase[], candidates: number): { individual?: Individual; executions: number } {
  const type = ctx.returns[0];
  if (ctx.returns.length !== 1 || ctx.problem.tests) return { executions: 0 };
  const readings = chosenOutputs(cases, ctx.params.map((p) => p.type), ctx.returns, goalAsksIndex(ctx.problem.goal));
  let executions = 0;
  const ran = { count: 0 };
  for (const reading of readings) {
    const coll = collection(ctx, reading);
    const t = tag(coll.type);
    const key: GpType = (reading.index ? coll.type.slice(0, -2) : type) === 'float' ? 'float' : 'int';
    if (!picksOffered(ctx, key) || ![`map_${t}_${key}`, `nth_${t}`].every((name) => ctx.set.byName.has(name))) continue;
    const groups = cases.map((c, i) => ({ c, list: reading.items[i], i }));
    // Characters: none where no place is picked (charAt gives ''); other items are always there.
    const text = reading.kind === 'chars' ? v('string', ctx.params[reading.param].name) : undefined;
    // As the program reads it: a place; a character, none where no place is; `nth`, the last item where none (-1 wraps).
    const fallback = type === 'string' ? '' : 0;
    // (-2: a value of another kind, which no output is.)
    const itemAt = (list: unknown[], at: number): unknown =>
      at < -1 ? NO_ITEM : reading.index ? at : at >= 0 ? list[at] : text || list.length === 0 ? fallback : list[list.length - 1];
    const alone = { name: ctx.freeName(['item', 'element', 'item_']), type: coll.type.slice(0, -2) as GpType };
    const conditions = ctx.set.byName.has(`findIndex_${t}`);
    let individual: Individual | undefined;
    // Measures of the item alone first, for a third of the share (its length, its magnitude): without the parameters
    // beside it the enumeration reaches larger ones; then of the item and the parameters (how often it occurs in the list).
    const searches: [{ name: string; type: GpType }[], number][] = [[[alone], 1 / 3], [[...ctx.params, alone], 2 / 3]];
    for (const [params, part] of searches) {
      const run = (sample: typeof groups, share: number, missed: (i: number) => void): { found: boolean; executions: number } => {
        const items = sample.flatMap((g) => g.list.map((x) => (params[0] === alone ? [x] : [...g.c.inputs, x])));
        const offsets = sample.map((_, j) => sample.slice(0, j).reduce((n, g) => n + g.list.length, 0));
        const offer = (f: Found): 'found' | 'tried' | 'skipped' =>
          offerOptions(
            picks(f.node.type),
            (pick) => sample.every((g, j) => itemAt(g.list, picked(f.values, offsets[j], g.list.length, 0, pick)) === g.c.outputs[0]),
            (pick) => choiceProgram(coll, f.node, alone.name, pick, text, reading.index),
            (program) => individualMiss(ctx, table, program, cases, ran),
            missed,
            (program) => void (individual = program),
          );
        return { found: individual !== undefined, executions: searchMeasures(ctx, params, items, key, conditions, share, offer) };
      };
      executions += sampledSearch(groups, (g) => g.list.length, (g) => new Set(g.list).size >= 2, (candidates / readings.length) * part, run);
      if (individual) break;
    }
    if (individual) return { individual, executions: executions + ran.count };
  }
  return { executions: executions + ran.count };
}
