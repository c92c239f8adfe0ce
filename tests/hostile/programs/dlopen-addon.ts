// Tries process.dlopen on a native addon directly (a copy of a real one: arbitrary machine code); flagged escape-attempt.
// The member's name is built at run time, which the static guard (a lint, not the boundary) cannot follow.
import proc from 'node:process';
export default function f(a: number, b: number): number {
  const name = ['dl', 'open'].join('');
  const load = (proc as unknown as Record<string, number>)[name] as unknown as (this: unknown, module: object, path: string) => void;
  load.call(proc, { exports: {} }, 'HOSTILE_ADDON_PATH');
  return Math.abs(a - b);
}
