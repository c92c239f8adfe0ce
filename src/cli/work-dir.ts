import { InvalidArgumentError, type Command } from 'commander';
import { resolve } from 'node:path';

/** The working directory chosen with the global --cwd option. */
export function workDirOf(command: Command): string {
  return resolve(command.optsWithGlobals<{ cwd: string }>().cwd);
}

/** Parses a non-negative integer flag, naming the flag when it is not one. */
export function integerFlag(name: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number, got "${value}"`);
    return Number(value);
  };
}
