// Tries process.dlopen on a native addon directly (a copy of a real one: arbitrary machine code); contained: its import is refused at load (load-error).
import proc from 'node:process';
export default function f(a: number, b: number): number {
  proc.dlopen({ exports: {} }, 'HOSTILE_ADDON_PATH');
  return Math.abs(a - b);
}
