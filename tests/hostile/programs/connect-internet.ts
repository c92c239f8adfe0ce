// Tries to reach the internet (a public resolver's address); contained: its import is refused at load (load-error).
import { connect } from 'node:net';
async function f(a: number, b: number): Promise<number> {
  await new Promise<void>((resolve, reject) => connect(53, '1.1.1.1', () => resolve()).on('error', reject));
  return Math.abs(a - b);
}
export default f as unknown as (a: number, b: number) => number;
