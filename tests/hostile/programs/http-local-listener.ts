// Sends an HTTP request to the test's listener on 127.0.0.1 (port substituted by the suite); contained: its import is refused at load (load-error).
import { get } from 'node:http';
async function f(a: number, b: number): Promise<number> {
  await new Promise<void>((resolve, reject) => get(`http://127.0.0.1:${Number('HOSTILE_LISTENER_PORT')}/`, () => resolve()).on('error', reject));
  return Math.abs(a - b);
}
export default f as unknown as (a: number, b: number) => number;
