// Builds code at run time with eval; flagged static-guard.
export default function f(a: number, b: number): number {
  return eval(`Math.abs(${a} - ${b})`) as number;
}
