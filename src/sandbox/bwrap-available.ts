import { spawnSync } from 'node:child_process';
import { bwrapArgs } from './bwrap-args.js';
import { locateExecutable } from './locate-executable.js';

// The probe spawns a process, so its answer is kept for the life of this process; it cannot change meanwhile.
let probed: { path: string | undefined } | undefined;

/**
 * Path of a bubblewrap that actually works here, or undefined: the probe starts node under the very arguments a
 * candidate gets (unprivileged user namespaces allowed, every option known to this bwrap, node's libraries all bound).
 */
export function bwrapPath(): string | undefined {
  if (probed) return probed.path;
  const path = locateExecutable('bwrap');
  let works = false;
  if (path) {
    // The scratch of the probe lives in the sandbox's own /tmp: nothing is created on the host.
    const view = { reads: [], decoys: [], scratch: '/tmp/hephaestus-bwrap-probe', scratchMb: 1 };
    const probe = spawnSync(path, [...bwrapArgs(view), process.execPath, '-e', '0'], { stdio: 'ignore', env: {}, timeout: 10_000 });
    works = probe.status === 0;
  }
  probed = { path: works ? path : undefined };
  return probed.path;
}

/** True when candidates can be wrapped in bubblewrap on this machine. */
export function bwrapAvailable(): boolean {
  return bwrapPath() !== undefined;
}
