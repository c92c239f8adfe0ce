// Tries the internal bindings (process.binding) to get around the permission checks; contained: its import is refused at load (load-error).
import proc from 'node:process';
export default function f(a: number, b: number): number {
  const binding = (proc as unknown as { binding(name: string): unknown }).binding('spawn_sync');
  return binding ? Math.abs(a - b) : 0;
}
