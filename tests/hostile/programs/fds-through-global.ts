// Hunts for the host's process through the Function constructor and process.binding, both named at run time behind type
// assertions (the static guard, a lint, cannot follow them), to write garbage and megabyte chunks to fds 3..9
// (the result pipe and whatever else is open); contained: its isolate has no process (unavailable), nothing is written.
type Make = (body: string) => () => unknown;
type Binding = (this: unknown, name: string) => { writeString(fd: number, text: string): void };
const make = ((() => 0) as unknown as Record<string, number>)[['constr', 'uctor'].join('')] as unknown as Make;
export default function f(a: number, b: number): number {
  const host = make('return process')() as Record<string, number>;
  const fs = (host[['bin', 'ding'].join('')] as unknown as Binding).call(host, 'fs');
  for (let fd = 3; fd <= 9; fd++) {
    fs.writeString(fd, 'garbage {"kind":"done"}\n');
    fs.writeString(fd, '\u00ff'.repeat(1 << 20));
  }
  return Math.abs(a - b);
}
