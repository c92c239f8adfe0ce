// Reserves 4 GB outside the V8 heap at once; contained: refused by the isolate memory limit (memory).
export default function f(a: number, b: number): number {
  const hoard = new ArrayBuffer(4 * 1024 * 1024 * 1024);
  return hoard.byteLength * 0 + Math.abs(a - b);
}
