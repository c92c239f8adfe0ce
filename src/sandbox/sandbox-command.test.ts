import { describe, expect, it } from 'vitest';
import { sandboxCommand } from './sandbox-command.js';

const input = {
  runnerFile: '/repo/runner/candidate-runner.mjs',
  modulePath: '/stage/candidate.mjs',
  reads: ['/repo/runner', '/stage', '/tmp/ws/harness'],
  scratch: '/tmp/ws/scratch',
  memoryMb: 128,
};

describe('sandboxCommand', () => {
  it('runs node under the permission model with reads, one writable scratch and no escape hatches', () => {
    const { file, args } = sandboxCommand(input);
    expect(file).toBe(process.execPath);
    expect(args).toEqual(
      expect.arrayContaining([
        '--experimental-permission',
        '--allow-fs-read=/repo/runner',
        '--allow-fs-read=/stage',
        '--allow-fs-read=/tmp/ws/harness',
        '--allow-fs-write=/tmp/ws/scratch',
        '--frozen-intrinsics',
        '--max-old-space-size=128',
      ]),
    );
    expect(args.filter((arg) => /^--allow-(child-process|worker|addons|wasi)/.test(arg))).toEqual([]);
    expect(args.filter((arg) => arg.startsWith('--allow-fs-write'))).toHaveLength(1);
    expect(args.slice(-2)).toEqual([input.runnerFile, input.modulePath]);
  });

  it('wraps node in bubblewrap, setpriv and prlimit when given, outermost first', () => {
    const { file, args } = sandboxCommand({ ...input, bwrap: '/usr/bin/bwrap', prlimit: '/usr/bin/prlimit', setpriv: '/usr/bin/setpriv' });
    const line = [file, ...args].join(' ');
    expect(file).toBe('/usr/bin/prlimit');
    expect(args[0]).toBe(`--as=${(128 + 1536) * 1024 * 1024}`);
    expect(line).toMatch(/^\/usr\/bin\/prlimit \S+ -- \/usr\/bin\/setpriv --pdeathsig KILL -- \/usr\/bin\/bwrap /);
    expect(line).toContain('--ro-bind / / --tmpfs /tmp --proc /proc --dev /dev --ro-bind /repo/runner /repo/runner');
    expect(line).toContain('--bind /tmp/ws/scratch /tmp/ws/scratch --chdir /tmp/ws/scratch --unshare-all --die-with-parent --new-session --');
    expect(line.indexOf('--tmpfs /tmp')).toBeLessThan(line.indexOf('--ro-bind /tmp/ws/harness'));
    expect(line).toContain(`-- ${process.execPath} --experimental-permission`);
  });
});
