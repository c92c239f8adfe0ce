// Blocks the only thread forever with Atomics.wait, so no timer of its own can fire; contained: its isolate has no Atomics or SharedArrayBuffer (unavailable).
export default function f(a: number, b: number): number {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  return Math.abs(a - b);
}
