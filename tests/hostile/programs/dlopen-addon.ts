// Tries process.dlopen on a native addon directly (arbitrary machine code); flagged escape-attempt.
import proc from 'node:process';
export default function f(a: number, b: number): number {
  proc.dlopen({ exports: {} }, 'HOSTILE_REPO_ROOT/node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  return Math.abs(a - b);
}
