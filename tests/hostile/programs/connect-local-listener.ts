// Connects to a TCP listener the test opens on 127.0.0.1 (port substituted by the suite); contained: its import is refused at load (load-error).
import { connect } from 'node:net';
async function f(a: number, b: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const socket = connect(Number('HOSTILE_LISTENER_PORT'), '127.0.0.1', () => resolve());
    socket.on('error', reject);
  });
  return Math.abs(a - b);
}
export default f as unknown as (a: number, b: number) => number;
