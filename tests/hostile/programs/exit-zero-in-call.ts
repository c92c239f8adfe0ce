// Pretends success by exiting with code 0 from inside the first call; contained: its import is refused at load (load-error).
import proc from 'node:process';
export default function f(a: number, b: number): number {
  proc.exit(0);
  return a - b;
}
