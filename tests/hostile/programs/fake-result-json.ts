// Prints a fake all-passed result on stdout, then exits 0; contained: its import is refused at load (load-error).
import proc from 'node:process';
console.log(JSON.stringify({ kind: 'done', status: 'passed', solved: true, train: { passed: 10, total: 10 } }));
proc.exit(0);
export default function f(a: number, b: number): number {
  return a - b;
}
