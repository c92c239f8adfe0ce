// Pretends success by exiting with code 0 before any case runs; flagged exit-before-done.
import proc from 'node:process';
proc.exit(0);
export default function f(a: number, b: number): number {
  return a - b;
}
