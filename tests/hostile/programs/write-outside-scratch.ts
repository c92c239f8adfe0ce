// Tries to plant a file in /tmp, outside its scratch directory; contained: its import is refused at load (load-error).
import { writeFileSync } from 'node:fs';
export default function f(a: number, b: number): number {
  writeFileSync('/tmp/hephaestus-hostile-pwned.txt', 'pwned');
  return Math.abs(a - b);
}
