// Tries to open the V8 inspector (remote debugging of the runner); contained: its import is refused at load (load-error).
import { open } from 'node:inspector';
export default function f(a: number, b: number): number {
  open(0, '127.0.0.1');
  return Math.abs(a - b);
}
