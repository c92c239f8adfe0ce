// Tries to read a system file outside its read allowance; flagged escape-attempt.
import { readFileSync } from 'node:fs';
export default function f(a: number, b: number): number {
  return readFileSync('/etc/passwd', 'utf8').length * 0 + Math.abs(a - b);
}
