// Tries to run a shell command; contained: its import is refused at load (load-error).
import { execSync } from 'node:child_process';
export default function f(a: number, b: number): number {
  return Number(execSync('echo 1').toString()) * 0 + Math.abs(a - b);
}
