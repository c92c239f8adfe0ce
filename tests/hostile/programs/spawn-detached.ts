// Tries to leave a detached background process behind at load time; contained: its import is refused at load (load-error).
import { spawn } from 'node:child_process';
spawn('sleep', ['600'], { detached: true, stdio: 'ignore' }).unref();
export default function f(a: number, b: number): number {
  return Math.abs(a - b);
}
