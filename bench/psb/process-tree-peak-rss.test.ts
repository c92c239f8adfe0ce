import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ProcessTreePeakRss } from './process-tree-peak-rss.js';

// A child that starts a grandchild holding 200 MB for a second, then exits: only a tree sample sees the grandchild.
const GRANDCHILD = 'const b = Buffer.alloc(200 * 2 ** 20, 1); setTimeout(() => b.length, 1500);';
const CHILD = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(GRANDCHILD)}], { stdio: 'inherit' }).on('close', () => {});`;

describe.runIf(process.platform === 'linux')('ProcessTreePeakRss', () => {
  it('counts the memory of the processes a child spawns, not only the child', async () => {
    const child = spawn(process.execPath, ['-e', CHILD], { stdio: 'ignore' });
    const rss = new ProcessTreePeakRss(child.pid as number, 100);
    await new Promise((done) => child.once('close', done));
    const peak = rss.stop();
    expect(peak).toBeGreaterThan(200 * 2 ** 20);
    expect(peak).toBeLessThan(600 * 2 ** 20);
  }, 30_000);
});
