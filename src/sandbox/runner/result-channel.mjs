// The runner's end of the result channel: fd 3, a plain pipe the parent reads. Each message is one frame, a 4-byte
// big-endian length followed by that many bytes of UTF-8 JSON; the parent caps, parses and validates every frame.
import { writeSync } from 'node:fs';

const CHANNEL_FD = 3;

/** Writes one message as a frame, synchronously, so it has left the process before any later hang or crash. */
export function sendMessage(message) {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  const frame = Buffer.allocUnsafe(4 + body.length);
  frame.writeUInt32BE(body.length, 0);
  body.copy(frame, 4);
  let offset = 0;
  while (offset < frame.length) {
    try {
      offset += writeSync(CHANNEL_FD, frame, offset);
    } catch (error) {
      // The pipe is full and non-blocking: the parent is reading, so try again.
      if (error?.code !== 'EAGAIN') throw error;
    }
  }
}
