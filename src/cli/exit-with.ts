import { CommanderError } from 'commander';
import { EXIT_CODES, HephaestusError, toHephaestusError } from '../index.js';
import { printLines } from './print-lines.js';

/** Prints one clear line for an error (no stack trace unless HEPHAESTUS_DEBUG is set) and exits with its code. */
export function exitWith(error: unknown): never {
  if (error instanceof CommanderError) {
    // Commander already printed its message; help and version are successes, usage errors are bad input.
    process.exit(error.exitCode === 0 ? 0 : EXIT_CODES.invalidInput);
  }
  const failure = HephaestusError.isInstance(error) ? error : toHephaestusError(error);
  printLines([`hephaestus: ${failure.message}`], { stream: process.stderr });
  if (process.env.HEPHAESTUS_DEBUG && failure.stack) printLines([failure.stack], { stream: process.stderr, multiline: true, maxChars: 65_536 });
  process.exit(failure.exitCode);
}
