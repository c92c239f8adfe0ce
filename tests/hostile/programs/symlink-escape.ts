// Links /etc/passwd into scratch and reads it through the link; contained: its import is refused at load (load-error).
import { readFileSync, symlinkSync } from 'node:fs';
import proc from 'node:process';
export default function f(a: number, b: number): number {
  symlinkSync('/etc/passwd', `${proc.cwd()}/link-${a}-${b}`);
  return readFileSync(`${proc.cwd()}/link-${a}-${b}`, 'utf8').length * 0 + Math.abs(a - b);
}
