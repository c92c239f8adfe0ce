// Grows the heap without bound; flagged heap (V8 heap limit).
const hoard: number[][] = [];
export default function f(a: number, b: number): number {
  for (;;) hoard.push(new Array<number>(100_000).fill(a + b));
}
