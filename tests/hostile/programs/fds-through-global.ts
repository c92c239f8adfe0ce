// Hunts for the host's process through a computed Function constructor, to write garbage and megabyte chunks to fds 3..9
// (the result pipe and whatever else is open); contained: its isolate has no process (unavailable), nothing is written.
const make = (() => 0) as unknown as Record<string, (body: string) => () => unknown>;
export default function f(a: number, b: number): number {
  const host = make['constr' + 'uctor']('return process')() as { binding(name: string): { writeString(fd: number, text: string): void } };
  const fs = host.binding('fs');
  for (let fd = 3; fd <= 9; fd++) {
    fs.writeString(fd, 'garbage {"kind":"done"}\n');
    fs.writeString(fd, '\u00ff'.repeat(1 << 20));
  }
  return Math.abs(a - b);
}
