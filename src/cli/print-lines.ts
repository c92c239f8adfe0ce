import { terminalSafe, type TerminalSafeOptions } from '../index.js';

/**
 * Writes lines to a stream (stdout by default), each through terminalSafe: a line break, escape sequence or control
 * character inside a line, from a candidate or anywhere else, is shown, never acted on. Every CLI printer uses it.
 */
export function printLines(lines: readonly string[], options: TerminalSafeOptions & { stream?: NodeJS.WritableStream } = {}): void {
  const { stream = process.stdout, ...safe } = options;
  if (lines.length > 0) stream.write(`${lines.map((line) => terminalSafe(line, safe)).join('\n')}\n`);
}
