import { readdirSync, readFileSync } from 'node:fs';

/** What this process holds and left behind: open descriptors, live descendant processes, entries in a temp dir. */
export interface LeakSnapshot {
  fds: number;
  descendants: number[];
  tempEntries: string[];
}

function parentOf(pid: string): number | undefined {
  try {
    // The command name may hold spaces or parentheses: the fields after the last ')' are fixed.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

/** Live processes descending from this one (any depth), read from /proc. */
export function descendants(): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentOf(entry);
    if (parent !== undefined) parents.set(Number(entry), parent);
  }
  const found: number[] = [];
  for (const pid of parents.keys()) {
    for (let up = parents.get(pid); up !== undefined && up > 1; up = parents.get(up)) {
      if (up === process.pid) {
        found.push(pid);
        break;
      }
    }
  }
  return found.sort((a, b) => a - b);
}

/** Takes a snapshot of the leak-relevant state; `tempDir` is a directory only this process's sandboxes use. */
export function leakSnapshot(tempDir: string): LeakSnapshot {
  return { fds: readdirSync('/proc/self/fd').length, descendants: descendants(), tempEntries: readdirSync(tempDir).sort() };
}
