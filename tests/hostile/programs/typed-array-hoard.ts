// Hoards 8 MB typed arrays (memory outside the JavaScript heap) a few at a time per call; contained: the isolate's limit counts them (memory).
const kept: Float64Array[] = [];
export default function f(a: number, b: number): number {
  for (let i = 0; i < 64; i++) kept.push(new Float64Array(1 << 20).fill(a - b));
  return Math.abs(a - b) + kept.length * 0;
}
