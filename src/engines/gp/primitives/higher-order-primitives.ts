import type { GpType } from '../gp-api.js';
import type { Primitive } from './primitive.js';
import { tag } from './primitive.js';

const ELEMENTS: GpType[] = ['int', 'float', 'string'];
const ACCUMULATORS: GpType[] = ['int', 'float', 'string', 'boolean', 'int[]', 'string[]'];

function hof(name: string, args: GpType[], ret: GpType, lambdas: Primitive['lambdas'], print: Primitive['print'], helpers: string[]): Primitive {
  return { name, args, ret, lambdas, print, helpers };
}

/** Bounded loops with lambdas: map, filter, some, every, fold over arrays and characters, counted loops, zip. */
export function higherOrderPrimitives(): Primitive[] {
  const list: Primitive[] = [];
  for (const e of ELEMENTS) {
    const a = `${e}[]` as GpType;
    const x = [{ prefix: 'x', type: e }];
    for (const r of ELEMENTS) {
      list.push(
        hof(`map_${tag(a)}_${r}`, [a, r], `${r}[]` as GpType, [undefined, x], ([xs, f]) => `bounded(${xs}).map(${f})`, ['bounded']),
      );
    }
    list.push(
      hof(`filter_${tag(a)}`, [a, 'boolean'], a, [undefined, x], ([xs, f]) => `bounded(${xs}).filter(${f})`, ['bounded']),
      hof(`some_${tag(a)}`, [a, 'boolean'], 'boolean', [undefined, x], ([xs, f]) => `bounded(${xs}).some(${f})`, ['bounded']),
      hof(`every_${tag(a)}`, [a, 'boolean'], 'boolean', [undefined, x], ([xs, f]) => `bounded(${xs}).every(${f})`, ['bounded']),
      hof(`zip_${tag(a)}`, [a, a, e], a, [undefined, undefined, [...x, { prefix: 'y', type: e }]], ([xs, ys, f]) => `zipWith(${xs}, ${ys}, ${f})`, [
        'zipWith',
      ]),
    );
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
  const c = [{ prefix: 'c', type: 'string' as GpType }];
  list.push(
    hof('mapChars', ['string', 'string'], 'string', [undefined, c], ([s, f]) => `bounded([...${s}]).map(${f}).join('')`, ['bounded']),
    hof('filterChars', ['string', 'boolean'], 'string', [undefined, c], ([s, f]) => `bounded([...${s}]).filter(${f}).join('')`, ['bounded']),
  );
  return list;
}

