// Redefines a built-in (Math.abs) other code relies on; contained: Math is frozen in its isolate too (tamper-attempt).
Object.defineProperty(Math, 'abs', { value: () => 0 });
export default function f(a: number, b: number): number {
  return Math.abs(a - b);
}
