import { createServer, type Server } from 'node:net';

/** A TCP listener on 127.0.0.1 that counts the connections it accepts (the hostile programs must never reach it). */
export interface CountingListener {
  port: number;
  connections(): number;
  close(): Promise<void>;
}

/** Opens a counting listener on an ephemeral port of 127.0.0.1. */
export async function openCountingListener(): Promise<CountingListener> {
  let accepted = 0;
  const server: Server = createServer((socket) => {
    accepted += 1;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the listener has no TCP address');
  return {
    port: address.port,
    connections: () => accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
