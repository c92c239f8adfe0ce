// Grows the heap without bound; contained: the isolate hits its memory limit (memory).
const hoard: number[][] = [];
export default function f(a: number, b: number): number {
  for (;;) hoard.push(new Array<number>(100_000).fill(a + b));
}
