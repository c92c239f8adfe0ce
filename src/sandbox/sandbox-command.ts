/** Everything needed to spell the command line of one sandboxed run. */
export interface SandboxCommandInput {
  /** Absolute path of bubblewrap, when the run is to be wrapped in it. */
  bwrap?: string;
  /** Absolute path of prlimit, when an address-space limit is to be set. */
  prlimit?: string;
  /** Absolute path of setpriv, when the process is to be killed if its parent dies (--pdeathsig). */
  setpriv?: string;
  runnerFile: string;
  modulePath: string;
  /** Files and directories the candidate process may read (the runner, staging and harness directories). */
  reads: string[];
  /** The fresh directory that is the only writable place. */
  scratch: string;
  memoryMb: number;
}

// Besides the V8 heap, node maps ~0.7 GB of address space; this headroom bounds buffers outside the heap too.
const ADDRESS_SPACE_HEADROOM_MB = 1536;

/** The node flags of the permission model: reads only where listed, writes only to scratch, no children/workers/addons. */
function nodeArgs(input: SandboxCommandInput): string[] {
  return [
    '--experimental-permission',
    ...input.reads.map((path) => `--allow-fs-read=${path}`),
    `--allow-fs-write=${input.scratch}`,
    '--frozen-intrinsics',
    '--disable-warning=ExperimentalWarning',
    `--max-old-space-size=${input.memoryMb}`,
    input.runnerFile,
    input.modulePath,
  ];
}

/** Read-only root, private /tmp (with only our paths bound back in), no network or other namespaces, dies with us. */
function bwrapArgs(input: SandboxCommandInput): string[] {
  const binds = input.reads.flatMap((path) => ['--ro-bind', path, path]);
  return [
    '--ro-bind', '/', '/',
    '--tmpfs', '/tmp',
    '--proc', '/proc',
    '--dev', '/dev',
    ...binds,
    '--bind', input.scratch, input.scratch,
    '--chdir', input.scratch,
    '--unshare-all',
    '--die-with-parent',
    '--new-session',
    '--',
  ];
}

/** The executable and arguments that run the candidate runner under every isolation layer in force. */
export function sandboxCommand(input: SandboxCommandInput): { file: string; args: string[] } {
  const inner = [process.execPath, ...nodeArgs(input)];
  const wrapped = input.bwrap ? [input.bwrap, ...bwrapArgs(input), ...inner] : inner;
  const orphanProof = input.setpriv ? [input.setpriv, '--pdeathsig', 'KILL', '--', ...wrapped] : wrapped;
  const limited = input.prlimit ? [input.prlimit, `--as=${(input.memoryMb + ADDRESS_SPACE_HEADROOM_MB) * 1024 * 1024}`, '--', ...orphanProof] : orphanProof;
  return { file: limited[0], args: limited.slice(1) };
}

