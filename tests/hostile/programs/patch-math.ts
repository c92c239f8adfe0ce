// Redefines a built-in (Math.abs) other code relies on; contained: it patches Math in its own isolate only and is scored on its wrong answers (no flag).
Object.defineProperty(Math, 'abs', { value: () => 0 });
export default function f(a: number, b: number): number {
  return Math.abs(a - b);
}
