// Floods stderr in many writes to drown the log; contained: its import is refused at load (load-error).
import proc from 'node:process';
export default function f(a: number, b: number): number {
  for (let i = 0; i < 50; i++) proc.stderr.write('flood'.repeat(20_000));
  return Math.abs(a - b);
}
