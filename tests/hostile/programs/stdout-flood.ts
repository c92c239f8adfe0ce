// Floods stdout (a megabyte per call) to drown the log; contained: its isolate has no console (unavailable).
export default function f(a: number, b: number): number {
  console.log('flood'.repeat(200_000));
  return Math.abs(a - b);
}
