import { systemMounts } from './system-mounts.js';

/** The file-system view bubblewrap builds for one candidate process. */
export interface BwrapView {
  /** Read-only paths bound at their own place: the runner, staging and harness directories and any extra read paths. */
  reads: string[];
  /** The only writable place: a fresh tmpfs of `scratchMb` mounted at this path. */
  scratch: string;
  scratchMb: number;
  /** Host files inside `scratch` bound back read-write over the tmpfs (the decoys, so a read or a change shows on the host). */
  decoys: string[];
  /** A host file shown as /etc/passwd (write-sandbox-passwd.ts); without it the sandbox has none. */
  passwd?: string;
}

/**
 * bubblewrap's arguments, up to and including `--`. Nothing of the host is visible but the system directories node needs
 * and the listed paths, so no host UNIX socket (under /run, /var, /tmp, $HOME…) can be reached by path; the abstract
 * socket namespace belongs to the network namespace, which is a new, empty one. Every place but scratch is read-only
 * (the root, /tmp and /dev would otherwise be writable tmpfs that fill memory), user namespaces cannot be nested, and
 * the sandbox gets its own session and dies with its parent.
 */
export function bwrapArgs(view: BwrapView): string[] {
  // The tmpfs first: a node binary or library under /tmp would otherwise be hidden by it.
  return [
    '--tmpfs', '/tmp',
    '--proc', '/proc',
    '--dev', '/dev',
    ...systemMounts(),
    ...view.reads.flatMap((path) => ['--ro-bind', path, path]),
    ...(view.passwd ? ['--ro-bind', view.passwd, '/etc/passwd'] : []),
    '--size', String(view.scratchMb * 1024 * 1024), '--tmpfs', view.scratch,
    ...view.decoys.flatMap((path) => ['--bind', path, path]),
    '--remount-ro', '/tmp',
    '--remount-ro', '/dev',
    '--remount-ro', '/',
    '--chdir', view.scratch,
    '--unshare-all',
    '--unshare-user',
    '--disable-userns',
    '--die-with-parent',
    '--new-session',
    '--',
  ];
}
