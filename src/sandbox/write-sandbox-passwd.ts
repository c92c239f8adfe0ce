import { writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';

function userName(): string {
  try {
    return userInfo().username;
  } catch {
    // a uid without an entry in the host's passwd (some containers)
    return 'user';
  }
}

/**
 * Writes the /etc/passwd bubblewrap shows the candidate: one entry, its own user, whose home is the scratch directory.
 * The host's file is not shown; without any, `os.userInfo()` throws, and with this one a program that hunts the
 * "real" home for keys finds the decoys. Returns the file's path.
 */
export function writeSandboxPasswd(dir: string, home: string): string {
  const path = join(dir, 'passwd');
  const uid = process.getuid?.() ?? 1000;
  const gid = process.getgid?.() ?? 1000;
  writeFileSync(path, `${userName()}:x:${uid}:${gid}::${home}:/bin/sh\n`);
  return path;
}
