// Tries the internal bindings (process.binding) to get around the permission checks; flagged escape-attempt.
// The member's name is built at run time, which the static guard (a lint, not the boundary) cannot follow.
import proc from 'node:process';
export default function f(a: number, b: number): number {
  const name = ['bin', 'ding'].join('');
  const internal = (proc as unknown as Record<string, number>)[name] as unknown as (this: unknown, module: string) => unknown;
  const spawn = internal.call(proc, 'spawn_sync');
  return spawn ? Math.abs(a - b) : 0;
}
