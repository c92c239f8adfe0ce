// Tries to read the result channel's key out of a heap snapshot; contained: its import is refused at load (load-error).
import { getHeapSnapshot } from 'node:v8';
export default function f(a: number, b: number): number {
  getHeapSnapshot();
  return Math.abs(a - b);
}
