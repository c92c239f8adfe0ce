import { spawnSync } from 'node:child_process';
import { locateExecutable } from './locate-executable.js';

// The probe spawns a process, so its answer is kept for the life of this process; it cannot change meanwhile.
let probed: { path: string | undefined } | undefined;

/** Path of a bubblewrap that actually works here (unprivileged user namespaces allowed), or undefined. */
export function bwrapPath(): string | undefined {
  if (probed) return probed.path;
  const path = locateExecutable('bwrap');
  let works = false;
  if (path) {
    const probe = spawnSync(path, ['--ro-bind', '/', '/', '--proc', '/proc', '--dev', '/dev', '--unshare-all', '--die-with-parent', '--new-session', '--', 'true'], {
      stdio: 'ignore',
      timeout: 10_000,
    });
    works = probe.status === 0;
  }
  probed = { path: works ? path : undefined };
  return probed.path;
}

/** True when candidates can be wrapped in bubblewrap on this machine. */
export function bwrapAvailable(): boolean {
  return bwrapPath() !== undefined;
}
