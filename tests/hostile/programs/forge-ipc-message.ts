// Sends its own "done" message over the IPC channel without the key; contained: its import is refused at load (load-error).
import proc from 'node:process';
proc.send?.({ p: JSON.stringify({ kind: 'done', seq: 0 }), m: '0'.repeat(64) });
export default function f(a: number, b: number): number {
  return a - b;
}
