// Tries to read the result channel's key out of a heap snapshot; flagged escape-attempt (disabled built-in).
import { getHeapSnapshot } from 'node:v8';
export default function f(a: number, b: number): number {
  getHeapSnapshot();
  return Math.abs(a - b);
}
