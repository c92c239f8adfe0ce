// Tries to load a native addon (the registry's SQLite binding) through require; flagged escape-attempt.
import { createRequire } from 'node:module';
import proc from 'node:process';
export default function f(a: number, b: number): number {
  const load = createRequire(`${proc.cwd()}/x.js`);
  load('HOSTILE_REPO_ROOT/node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  return Math.abs(a - b);
}
