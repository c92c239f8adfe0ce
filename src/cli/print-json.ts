import { terminalSafeJson } from '../index.js';

/** Prints a value as indented JSON for `--json` (terminal-safe; long strings and arrays cut unless `whole`). */
export function printJson(value: unknown, whole = false): void {
  process.stdout.write(`${terminalSafeJson(value, 2, !whole)}\n`);
}
