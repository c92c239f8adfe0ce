import { bwrapArgs, type BwrapView } from './bwrap-args.js';

/** Everything needed to spell the command line of one sandboxed run. */
export interface SandboxCommandInput extends BwrapView {
  /** Absolute path of bubblewrap, when the run is to be wrapped in it. */
  bwrap?: string;
  /** Absolute path of prlimit, when the address-space and file-size limits are to be set. */
  prlimit?: string;
  /** Absolute path of setpriv, when the process is to be killed if its parent dies (--pdeathsig). */
  setpriv?: string;
  runnerFile: string;
  modulePath: string;
  memoryMb: number;
}

// Besides the V8 heaps (the judge's and the candidate isolate's, memoryMb each), node and isolated-vm map ~1.5 GB of
// address space; this headroom bounds buffers outside the heaps too.
const ADDRESS_SPACE_HEADROOM_MB = 2048;

/**
 * The node flags of the permission model: reads only where listed, writes only to scratch, no children or workers.
 * Addons are allowed for isolated-vm alone (the candidate runs in its isolate, which cannot load anything), and
 * isolated-vm needs Node's start-up snapshot off.
 */
function nodeArgs(input: SandboxCommandInput): string[] {
  return [
    '--no-node-snapshot',
    '--experimental-permission',
    ...[...input.reads, ...input.decoys].map((path) => `--allow-fs-read=${path}`),
    `--allow-fs-write=${input.scratch}`,
    '--allow-addons',
    '--disable-warning=ExperimentalWarning',
    '--disable-warning=SecurityWarning',
    `--max-old-space-size=${input.memoryMb}`,
    input.runnerFile,
    input.modulePath,
  ];
}

/**
 * prlimit's limits: the address space, and the size of any one file written (the scratch quota: without bubblewrap
 * scratch is a host directory, and under it the decoys are host files bound into the tmpfs, so this is what bounds them).
 */
function limits(input: SandboxCommandInput): string[] {
  return [`--as=${(2 * input.memoryMb + ADDRESS_SPACE_HEADROOM_MB) * 1024 * 1024}`, `--fsize=${input.scratchMb * 1024 * 1024}`];
}

/** The executable and arguments that run the candidate runner under every isolation layer in force. */
export function sandboxCommand(input: SandboxCommandInput): { file: string; args: string[] } {
  const inner = [process.execPath, ...nodeArgs(input)];
  const wrapped = input.bwrap ? [input.bwrap, ...bwrapArgs(input), ...inner] : inner;
  const orphanProof = input.setpriv ? [input.setpriv, '--pdeathsig', 'KILL', '--', ...wrapped] : wrapped;
  const limited = input.prlimit ? [input.prlimit, ...limits(input), '--', ...orphanProof] : orphanProof;
  return { file: limited[0], args: limited.slice(1) };
}
