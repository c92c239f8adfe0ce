// Tries to read a system file outside its read allowance; contained: its import is refused at load (load-error).
import { readFileSync } from 'node:fs';
export default function f(a: number, b: number): number {
  return readFileSync('/etc/passwd', 'utf8').length * 0 + Math.abs(a - b);
}
