/** Step limit of one program execution: every loop iteration and element visited counts one step. */
export const STEP_LIMIT = 2000;

/** Longest string or array a helper builds; larger results are refused (protected, not thrown) or end the run. */
export const MAX_LEN = 2000;

/** Inline helper functions (TypeScript source) behind array primitives and the bounded loops. */
export const ARRAY_HELPERS: Record<string, { source: string; needs?: string[] }> = {
  tick: {
    source: `let steps = 0;
function tick(n: number): void {
  steps += n;
  if (steps > ${STEP_LIMIT}) throw new Error('step limit exceeded');
}`,
  },
  bounded: {
    needs: ['tick'],
    source: `function bounded<T>(xs: T[]): T[] {
  tick(xs.length);
  return xs;
}`,
  },
  fold: {
    needs: ['tick'],
    source: `function fold<T, A>(xs: T[], init: A, f: (acc: A, x: T) => A): A {
  let acc = init;
  for (const x of xs) {
    tick(1);
    acc = f(acc, x);
    if (typeof acc === 'string' && acc.length > ${MAX_LEN}) throw new Error('value too large');
  }
  return acc;
}`,
  },
  loop: {
    needs: ['tick'],
    source: `function loop<A>(n: number, init: A, f: (acc: A, i: number) => A): A {
  let acc = init;
  for (let i = 0; i < n; i++) {
    tick(1);
    acc = f(acc, i);
    if (typeof acc === 'string' && acc.length > ${MAX_LEN}) throw new Error('value too large');
  }
  return acc;
}`,
  },
  zipWith: {
    needs: ['tick'],
    source: `function zipWith<T, R>(xs: T[], ys: T[], f: (x: T, y: T) => R): R[] {
  const n = Math.min(xs.length, ys.length);
  tick(n);
  const out: R[] = [];
  for (let i = 0; i < n; i++) out.push(f(xs[i], ys[i]));
  return out;
}`,
  },
  range: {
    needs: ['tick'],
    source: `function range(n: number): number[] {
  const size = Number.isFinite(n) ? Math.max(0, Math.min(Math.trunc(n), ${MAX_LEN})) : 0;
  tick(size);
  return Array.from({ length: size }, (_, i) => i);
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
    source: `function maxOf(xs: number[]): number {
  return xs.length === 0 ? 0 : Math.max(...xs);
}`,
  },
  minOf: {
    source: `function minOf(xs: number[]): number {
  return xs.length === 0 ? 0 : Math.min(...xs);
}`,
  },
  concat: {
    needs: ['tick'],
    source: `function concat<T>(xs: T[], ys: T[]): T[] {
  tick(ys.length);
  return xs.length + ys.length > ${MAX_LEN} ? xs : [...xs, ...ys];
}`,
  },
};
