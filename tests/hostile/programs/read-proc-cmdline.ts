// Tries to locate the evaluator's files through /proc (the parent's command line); contained: its import is refused at load (load-error).
import { readFileSync } from 'node:fs';
export default function f(a: number, b: number): number {
  return readFileSync('/proc/1/cmdline', 'utf8').length + Math.abs(a - b);
}
