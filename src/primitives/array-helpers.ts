/** Least step budget of one program execution in the engine: every loop iteration and element visited counts one step. */
export const STEP_LIMIT = 2000;

/** Steps granted per unit of input size (characters, elements), so a linear loop over a long input stays within budget. */
export const STEPS_PER_INPUT_UNIT = 20;

/**
 * Longest string or array a helper builds (a `range` excepted: it counts up to MAX_LOOP); larger results are refused
 * (protected, not thrown: `concat` then keeps its first array) or end the run.
 */
export const MAX_LEN = 10_000;

/** Most iterations of a counted loop or a loop until a condition; more is a runaway, not a computation. */
export const MAX_LOOP = 1_000_000;

/**
 * Step accounting of the engine only (JavaScript, not part of emitted modules): a per-execution budget that each
 * loop charges before it runs, and wrappers that charge the bounded helpers. Charging a loop's length up front
 * throws exactly when charging each iteration would, since every charge of an execution is made either way.
 */
export const ENGINE_STEP_SOURCE = `let steps = 0;
let stepLimit = ${STEP_LIMIT};
function tick(n) {
  steps += n;
  if (steps > stepLimit) throw new Error('step limit exceeded');
}
function bounded(xs) {
  tick(xs.length);
  return xs;
}
function charged(v) {
  if (v.length > 15) tick(v.length >>> 4);
  return v;
}
const guarded = {
  fold: (xs, init, f) => (tick(xs.length), fold(xs, init, f)),
  reduce: (xs, f, empty) => (tick(xs.length), reduce(xs, f, empty)),
  loop: (n, init, f) => (tick(n > 0 ? Math.ceil(n) : 0), loop(n, init, f)),
  scan: (xs, init, f) => (tick(xs.length), scan(xs, init, f)),
  recur: (n, a, b, f) => (tick(n > 0 ? Math.ceil(n) : 0), recur(n, a, b, f)),
  // An open-ended loop cannot be charged up front: each test of its condition is charged as it runs.
  until: (x, done, next) => until(x, (v) => (tick(1), done(v)), next),
  timesUntil: (x, done, next) => timesUntil(x, (v) => (tick(1), done(v)), next),
  sequenceWhile: (term, keep) => sequenceWhile(term, (v) => (tick(1), keep(v))),
  recurUntil: (a, b, done, f) => recurUntil(a, b, (x, y) => (tick(1), done(x, y)), f),
  zipWith: (xs, ys, f) => (tick(Math.min(xs.length, ys.length)), zipWith(xs, ys, f)),
  // Charged before the array is built: a runaway range then throws without building it.
  range: (n) => (tick(Number.isFinite(n) ? Math.max(0, Math.min(Math.trunc(n), ${MAX_LOOP})) : 0), range(n)),
  concat: (xs, ys) => (tick(ys.length), concat(xs, ys)),
  // The same result as the emitted reverse ([...s].reverse().join('')), without an array of code points: 8x faster on long strings.
  reverse: (s) => {
    let out = '';
    for (let i = s.length - 1; i >= 0; i--) {
      const c = s.charCodeAt(i);
      const pair = c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
      out += pair ? s.slice(i - 1, i + 1) : s[i];
      if (pair) i--;
    }
    return out;
  },
};`;

/** Inline helper functions (TypeScript source) behind array primitives and the bounded loops. */
export const ARRAY_HELPERS: Record<string, { source: string; needs?: string[] }> = {
  fold: {
    source: `function fold<T, A>(xs: T[], init: A, f: (acc: A, x: T) => A): A {
  let acc = init;
  for (const x of xs) {
    acc = f(acc, x);
    if (typeof acc === 'string' && acc.length > ${MAX_LEN}) throw new RangeError('value too large');
  }
  return acc;
}`,
  },
  reduce: {
    source: `function reduce<T>(xs: T[], f: (acc: T, x: T) => T, empty: T): T {
  if (xs.length === 0) return empty;
  let acc = xs[0];
  for (let i = 1; i < xs.length; i++) {
    acc = f(acc, xs[i]);
    if (typeof acc === 'string' && acc.length > ${MAX_LEN}) throw new RangeError('value too large');
  }
  return acc;
}`,
  },
  loop: {
    source: `function loop<A>(n: number, init: A, f: (acc: A, i: number) => A): A {
  if (n > ${MAX_LOOP}) throw new RangeError('loop count too large');
  let acc = init;
  for (let i = 0; i < n; i++) {
    acc = f(acc, i);
    if (typeof acc === 'string' && acc.length > ${MAX_LEN}) throw new RangeError('value too large');
  }
  return acc;
}`,
  },
  scan: {
    source: `function scan(xs: number[], init: number, f: (acc: number, x: number) => number): number[] {
  const out: number[] = [];
  let acc = init;
  for (const x of xs) out.push((acc = f(acc, x)));
  return out;
}`,
  },
  unique: {
    source: `function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}`,
  },
  recur: {
    source: `function recur(n: number, a: number, b: number, f: (x: number, y: number) => number): number {
  if (n > ${MAX_LOOP}) throw new RangeError('loop count too large');
  for (let i = 0; i < n; i++) {
    const next = f(a, b);
    a = b;
    b = next;
  }
  return a;
}`,
  },
  until: {
    source: `function until<A>(x: A, done: (x: A) => boolean, next: (x: A) => A): A {
  for (let i = 0; !done(x); i++) {
    if (i >= ${MAX_LOOP}) throw new RangeError('no end reached');
    x = next(x);
  }
  return x;
}`,
  },
  timesUntil: {
    source: `function timesUntil<A>(x: A, done: (x: A) => boolean, next: (x: A) => A): number {
  let n = 0;
  for (; !done(x); n++) {
    if (n >= ${MAX_LOOP}) throw new RangeError('no end reached');
    x = next(x);
  }
  return n;
}`,
  },
  zipWith: {
    source: `function zipWith<T, R>(xs: T[], ys: T[], f: (x: T, y: T) => R): R[] {
  const out: R[] = [];
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) out.push(f(xs[i], ys[i]));
  return out;
}`,
  },
  range: {
    // Counts as far as a loop may run (a count of divisors of 199,458 is no runaway); past that it throws, never a
    // silently shorter range.
    source: `function range(n: number): number[] {
  if (n > ${MAX_LOOP}) throw new RangeError('loop count too large');
  const size = Number.isFinite(n) ? Math.max(0, Math.trunc(n)) : 0;
  const out: number[] = [];
  for (let i = 0; i < size; i++) out.push(i);
  return out;
}`,
  },
  nth: {
    source: `function nth<T>(xs: T[], i: number, fallback: T): T {
  if (xs.length === 0) return fallback;
  const k = Number.isFinite(i) ? Math.trunc(i) % xs.length : 0;
  return xs[k < 0 ? k + xs.length : k];
}`,
  },
  equal: {
    source: `function equal<T>(xs: T[], ys: T[]): boolean {
  return xs.length === ys.length && xs.every((x, i) => x === ys[i]);
}`,
  },
  sum: {
    source: `function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}`,
  },
  maxOf: {
    // Not Math.max(...xs): spreading 130,000 elements overflows the main thread's stack (range(n) reaches that).
    source: `function maxOf(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => Math.max(a, b), -Infinity);
}`,
  },
  minOf: {
    source: `function minOf(xs: number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => Math.min(a, b), Infinity);
}`,
  },
  concat: {
    source: `function concat<T>(xs: T[], ys: T[]): T[] {
  return xs.length + ys.length > ${MAX_LEN} ? xs : [...xs, ...ys];
}`,
  },
};
