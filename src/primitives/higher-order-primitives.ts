import type { GpType } from './value-types.js';
import type { Primitive } from './primitive.js';
import { tag } from './primitive.js';

const ELEMENTS: GpType[] = ['int', 'float', 'string'];
const ACCUMULATORS: GpType[] = ['int', 'float', 'string', 'boolean', 'int[]', 'string[]'];

/** The engine charges a step per element visited (`bounded`); the emitted TypeScript reads as a plain method call. */
function guard(xs: string, typed: boolean | undefined): string {
  return typed ? xs : `bounded(${xs})`;
}

function hof(name: string, args: GpType[], ret: GpType, lambdas: Primitive['lambdas'], print: Primitive['print'], helpers: string[]): Primitive {
  return { name, args, ret, lambdas, print, helpers };
}

/** Bounded loops with lambdas: map, filter, some, every, fold, reduce and scan over arrays and characters, counted loops, loops until a condition, recurrences, zip. */
export function higherOrderPrimitives(): Primitive[] {
  const list: Primitive[] = [];
  for (const e of ELEMENTS) {
    const a = `${e}[]` as GpType;
    const x = [{ prefix: 'x', type: e }];
    for (const r of ELEMENTS) {
      list.push(
        hof(`map_${tag(a)}_${r}`, [a, r], `${r}[]` as GpType, [undefined, x], ([xs, f], typed) => `${guard(xs, typed)}.map(${f})`, []),
      );
    }
    list.push(
      hof(`filter_${tag(a)}`, [a, 'boolean'], a, [undefined, x], ([xs, f], typed) => `${guard(xs, typed)}.filter(${f})`, []),
      hof(`some_${tag(a)}`, [a, 'boolean'], 'boolean', [undefined, x], ([xs, f], typed) => `${guard(xs, typed)}.some(${f})`, []),
      hof(`every_${tag(a)}`, [a, 'boolean'], 'boolean', [undefined, x], ([xs, f], typed) => `${guard(xs, typed)}.every(${f})`, []),
      hof(`zip_${tag(a)}`, [a, a, e], a, [undefined, undefined, [...x, { prefix: 'y', type: e }]], ([xs, ys, f]) => `zipWith(${xs}, ${ys}, ${f})`, [
        'zipWith',
      ]),
    );
    // Array.prototype.reduce without a start value: the first element starts the accumulator (an empty array gives 0 or '').
    const firstStarts = [{ prefix: 'acc', type: e }, ...x];
    const empty = e === 'string' ? "''" : '0';
    list.push(hof(`reduce_${tag(a)}`, [a, e], e, [undefined, firstStarts], ([xs, f]) => `reduce(${xs}, ${f}, ${empty})`, ['reduce']));
    // The first index where a condition holds, -1 where none does: composed by the seed stage only (aggregates.ts).
    list.push({ ...hof(`findIndex_${tag(a)}`, [a, 'boolean'], 'int', [undefined, x], ([xs, f], typed) => `${guard(xs, typed)}.findIndex(${f})`, []), composedOnly: true });
    // Every accumulator a fold passes through, in order (Haskell's scanl without its start): running sums, maxima.
    if (e !== 'string') list.push(hof(`scan_${tag(a)}`, [a, e, e], a, [undefined, undefined, firstStarts], ([xs, init, f]) => `scan(${xs}, ${init}, ${f})`, ['scan']));
    for (const r of ACCUMULATORS) {
      const params = [{ prefix: 'acc', type: r }, ...x];
      list.push(hof(`fold_${tag(a)}_${tag(r)}`, [a, r, r], r, [undefined, undefined, params], ([xs, init, f]) => `fold(${xs}, ${init}, ${f})`, ['fold']));
    }
  }
  for (const r of ACCUMULATORS) {
    const params = [
      { prefix: 'acc', type: r },
      { prefix: 'i', type: 'int' as GpType },
    ];
    list.push(hof(`loop_${tag(r)}`, ['int', r, r], r, [undefined, undefined, params], ([n, init, f]) => `loop(${n}, ${init}, ${f})`, ['loop']));
  }
  // Loops until a condition holds (Collatz steps, years until a balance doubles): the value then, or the steps taken.
  // Offered only to goals that ask for such a loop (`cue`).
  for (const t of ['int', 'float'] as GpType[]) {
    const x = [{ prefix: 'x', type: t }];
    const print = (helper: string) => ([init, done, next]: string[]) => `${helper}(${init}, ${done}, ${next})`;
    list.push(
      { ...hof(`until_${t}`, [t, 'boolean', t], t, [undefined, x, x], print('until'), ['until']), cue: 'iteration' },
      { ...hof(`timesUntil_${t}`, [t, 'boolean', t], 'int', [undefined, x, x], print('timesUntil'), ['timesUntil']), cue: 'iteration' },
    );
  }
  // A sequence where each term comes from the two before it (a, b → b, f(a, b)), n steps on: its first term.
  const pair = [
    { prefix: 'x', type: 'int' as GpType },
    { prefix: 'y', type: 'int' as GpType },
  ];
  list.push(hof('recur_int', ['int', 'int', 'int', 'int'], 'int', [undefined, undefined, undefined, pair], ([n, a, b, f]) => `recur(${n}, ${a}, ${b}, ${f})`, ['recur']));
  // The same recurrence until a condition on the pair holds, then its first term: composed by the seed stage only.
  const recurUntil = hof('recurUntil_int', ['int', 'int', 'boolean', 'int'], 'int', [undefined, undefined, pair, pair], ([a, b, done, f]) => `recurUntil(${a}, ${b}, ${done}, ${f})`, ['recurUntil']);
  list.push({ ...recurUntil, composedOnly: true });
  // A sequence's terms by position while they keep a condition: composed by the seed stage only (sequence-seed.ts).
  for (const t of ['int', 'float'] as GpType[]) {
    const lambdas = [[{ prefix: 'x', type: 'int' as GpType }], [{ prefix: 'x', type: t }]];
    const terms = hof(`sequenceWhile_${t}`, [t, 'boolean'], `${t}[]` as GpType, lambdas, ([f, keep]) => `sequenceWhile(${f}, ${keep})`, ['sequenceWhile']);
    list.push({ ...terms, composedOnly: true });
  }
  const c = [{ prefix: 'c', type: 'string' as GpType }];
  list.push(
    hof('mapChars', ['string', 'string'], 'string', [undefined, c], ([s, f], typed) => `${guard(`[...${s}]`, typed)}.map(${f}).join('')`, []),
    hof('filterChars', ['string', 'boolean'], 'string', [undefined, c], ([s, f], typed) => `${guard(`[...${s}]`, typed)}.filter(${f}).join('')`, []),
  );
  return list;
}

