// Tries to load a native addon (a copy of the registry's SQLite binding) through require; contained: its import is refused at load (load-error).
import { createRequire } from 'node:module';
import proc from 'node:process';
export default function f(a: number, b: number): number {
  const load = createRequire(`${proc.cwd()}/x.js`);
  load('HOSTILE_ADDON_PATH');
  return Math.abs(a - b);
}
