import { readdirSync, readFileSync } from 'node:fs';
import { procStatusBytes } from './proc-status-bytes.js';

/** Parent pid of every process, read from /proc/<pid>/stat (the kernel may lack /proc/<pid>/task/<tid>/children). */
function parentsByPid(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited between readdir and read
    }
    // The command name sits in parentheses and may hold spaces or ')'; the fields after its last ')' are fixed.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  return children;
}

/** The pids of a process and all its descendants (sandbox processes included). */
function treeOf(root: number): number[] {
  const children = parentsByPid();
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * Measures the peak resident memory of a child process and everything it spawns: every `intervalMs` it sums the
 * current RSS of the whole tree (worker threads live inside their process, so they are in its RSS), and it also keeps
 * the root's kernel high-water mark (VmHWM), which catches a peak of the main process between two samples. Shared
 * pages of several processes count once per process, so the sum errs high, never low. Linux only: 0 elsewhere.
 */
export class ProcessTreePeakRss {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly root: number, intervalMs = 200) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  private sample(): void {
    let tree = 0;
    try {
      for (const pid of treeOf(this.root)) tree += procStatusBytes(pid, 'VmRSS') ?? 0;
    } catch {
      return; // no /proc
    }
    this.peak = Math.max(this.peak, tree, procStatusBytes(this.root, 'VmHWM') ?? 0);
  }

  /** Stops sampling (call it when the child has exited) and returns the peak in bytes. */
  stop(): number {
    clearInterval(this.timer);
    return this.peak;
  }
}
