// Tries to read the real user's SSH key from the account's home directory; contained: its import is refused at load (load-error).
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
export default function f(a: number, b: number): number {
  readFileSync(`${userInfo().homedir}/.ssh/id_rsa`);
  return Math.abs(a - b);
}
