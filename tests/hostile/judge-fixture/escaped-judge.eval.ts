// Stands for a candidate that broke out of its isolate into the judge: garbage and megabyte chunks on fds 3..9, a frame
// claiming 300,000 calls and a pass, then done. The parent must refuse the channel and stay up.
import { writeSync } from 'node:fs';
const frame = (message: unknown): Buffer => {
  const body = Buffer.from(JSON.stringify(message));
  const header = Buffer.alloc(4);
  header.writeUInt32BE(body.length);
  return Buffer.concat([header, body]);
};
export function evaluate(): { metrics: Record<string, number>; score: number; solved: boolean } {
  for (let fd = 3; fd <= 9; fd++) {
    for (const chunk of [frame({ kind: 'script', calls: Array(300_000).fill(1), value: { $: 'object', v: { score: 1, solved: true, metrics: {} } } }), frame({ kind: 'done' }), Buffer.from('garbage\n'), Buffer.alloc(1 << 20, 0x7b)]) {
      try {
        writeSync(fd, chunk);
      } catch {
        // not every fd is open
      }
    }
  }
  return { metrics: {}, score: 1, solved: true };
}
