// Tries to write next to its scratch directory (into the sandbox workspace); contained: its import is refused at load (load-error).
import { writeFileSync } from 'node:fs';
import proc from 'node:process';
export default function f(a: number, b: number): number {
  writeFileSync(`${proc.cwd()}/../harness/0-evil.mjs`, 'export default () => { throw new Error("pwned") };');
  return Math.abs(a - b);
}
