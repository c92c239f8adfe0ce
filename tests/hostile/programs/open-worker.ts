// Tries to start a worker thread (a second, unwatched realm); contained: its import is refused at load (load-error).
import { Worker } from 'node:worker_threads';
export default function f(a: number, b: number): number {
  new Worker('setInterval(() => {}, 1000)', { eval: true });
  return Math.abs(a - b);
}
