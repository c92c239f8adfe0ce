// Writes a garbage line and megabyte chunks to fds 3..9 at load, which crashed the parent inside Node's IPC parser when
// results travelled over IPC on fd 3 (and crashed every `resume` after); contained: its import is refused at load (load-error).
import { writeSync } from 'node:fs';
for (let fd = 3; fd <= 9; fd++) {
  try {
    writeSync(fd, 'not a message {"kind":"done"}\n');
    writeSync(fd, Buffer.alloc(1 << 20, 0x5b));
  } catch {
    // not every fd is open
  }
}
export default function f(a: number, b: number): number {
  return a - b;
}
