// Monkey-patches node:assert so every assertion passes; contained: its import is refused at load (load-error).
import assert from 'node:assert';
(assert as unknown as Record<string, unknown>).deepStrictEqual = () => undefined;
export default function f(a: number, b: number): number {
  return a - b;
}
