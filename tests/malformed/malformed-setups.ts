import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Prepares a case's workspace at run time: FIFOs, symlinks and huge files are made by the test, never committed. */
export type MalformedSetup = (work: string) => void;

/** The directory outside a workspace that symlinks point into; removed with the workspace. */
export function outsideDir(work: string): string {
  return `${work}-outside`;
}

function replace(path: string): void {
  rmSync(path, { force: true });
  mkdirSync(dirname(path), { recursive: true });
}

/** Replaces a workspace file with a FIFO: reading it without care blocks forever. */
export function fifoAt(relative: string): MalformedSetup {
  return (work) => {
    replace(join(work, relative));
    execFileSync('mkfifo', [join(work, relative)]);
  };
}

/** Replaces a workspace file with a symlink to a copy of it outside the workspace (a lexical check sees nothing wrong). */
export function symlinkOutside(relative: string): MalformedSetup {
  return (work) => {
    const outside = join(outsideDir(work), relative.replaceAll('/', '-'));
    mkdirSync(outsideDir(work), { recursive: true });
    copyFileSync(join(work, relative), outside);
    replace(join(work, relative));
    symlinkSync(outside, join(work, relative));
  };
}

/** Replaces a workspace file with a symlink to a device. */
export function symlinkTo(relative: string, target: string): MalformedSetup {
  return (work) => {
    replace(join(work, relative));
    symlinkSync(target, join(work, relative));
  };
}

/** Pads a workspace file with trailing spaces to `bytes`: still valid text, only too large. */
export function paddedTo(relative: string, bytes: number): MalformedSetup {
  return (work) => {
    const path = join(work, relative);
    const text = readFileSync(path);
    writeFileSync(path, Buffer.concat([text, Buffer.alloc(bytes - text.length, 0x20)]));
  };
}

/** Writes a JSON Lines data file whose second line nests an array `depth` levels deep. */
export function deeplyNested(relative: string, depth: number): MalformedSetup {
  return (work) => {
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    writeFileSync(join(work, relative), `{"input1":1,"input2":2,"output1":1}\n{"input1":${deep},"input2":2,"output1":1}\n`);
  };
}
