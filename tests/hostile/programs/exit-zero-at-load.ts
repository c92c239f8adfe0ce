// Pretends success by exiting with code 0 before any case runs; contained: its import is refused at load (load-error).
import proc from 'node:process';
proc.exit(0);
export default function f(a: number, b: number): number {
  return a - b;
}
