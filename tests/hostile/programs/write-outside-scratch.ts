// Tries to plant a file in /tmp, outside its scratch directory; flagged escape-attempt (permission model refuses the write).
import { writeFileSync } from 'node:fs';
export default function f(a: number, b: number): number {
  writeFileSync('/tmp/hephaestus-hostile-pwned.txt', 'pwned');
  return Math.abs(a - b);
}
