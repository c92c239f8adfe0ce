import { describe, expect, it } from 'vitest';
import { sandboxCommand } from './sandbox-command.js';

const input = {
  runnerFile: '/repo/runner/candidate-runner.mjs',
  modulePath: '/stage/candidate.mjs',
  reads: ['/repo/runner', '/stage', '/tmp/ws/harness'],
  decoys: ['/tmp/ws/scratch/.env'],
  scratch: '/tmp/ws/scratch',
  scratchMb: 16,
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
        '--allow-fs-read=/tmp/ws/scratch/.env',
        '--allow-fs-write=/tmp/ws/scratch',
        '--no-node-snapshot',
        '--max-old-space-size=128',
      ]),
    );
    // Addons only for isolated-vm, which holds the candidate; never child processes, workers or WASI.
    expect(args.filter((arg) => /^--allow-(child-process|worker|addons|wasi)/.test(arg))).toEqual(['--allow-addons']);
    expect(args.filter((arg) => arg.startsWith('--allow-fs-write'))).toHaveLength(1);
    expect(args.slice(-2)).toEqual([input.runnerFile, input.modulePath]);
  });

  it('wraps node in bubblewrap, setpriv and prlimit when given, outermost first', () => {
    const { file, args } = sandboxCommand({ ...input, bwrap: '/usr/bin/bwrap', prlimit: '/usr/bin/prlimit', setpriv: '/usr/bin/setpriv' });
    const line = [file, ...args].join(' ');
    expect(file).toBe('/usr/bin/prlimit');
    expect(args.slice(0, 2)).toEqual([`--as=${(2 * 128 + 2048) * 1024 * 1024}`, `--fsize=${16 * 1024 * 1024}`]);
    expect(line).toMatch(/^\/usr\/bin\/prlimit \S+ \S+ -- \/usr\/bin\/setpriv --pdeathsig KILL -- \/usr\/bin\/bwrap /);
    expect(line).toContain(`-- ${process.execPath} --no-node-snapshot --experimental-permission`);
  });

  it('shows bubblewrap no host root: system directories, then the listed paths, a sized scratch tmpfs and the decoys', () => {
    const { args } = sandboxCommand({ ...input, bwrap: '/usr/bin/bwrap' });
    const line = args.join(' ');
    expect(line).not.toContain('--ro-bind / /');
    expect(line).not.toMatch(/--(ro-)?bind \/(run|var|home|root|tmp|etc) /);
    expect(line).toContain('--ro-bind /usr /usr');
    expect(line).toMatch(/^--tmpfs \/tmp --proc \/proc --dev \/dev --ro-bind \/usr \/usr .* --ro-bind \/repo\/runner \/repo\/runner --ro-bind \/stage \/stage --ro-bind \/tmp\/ws\/harness \/tmp\/ws\/harness /);
    expect(line).toContain(`--size ${16 * 1024 * 1024} --tmpfs /tmp/ws/scratch --bind /tmp/ws/scratch/.env /tmp/ws/scratch/.env`);
    expect(line).toContain('--remount-ro /tmp --remount-ro /dev --remount-ro / --chdir /tmp/ws/scratch --unshare-all --unshare-user --disable-userns --die-with-parent --new-session --');
    expect(line).not.toContain('--share-net');
  });
});
