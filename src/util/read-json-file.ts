import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { invalidInput } from '../errors/hephaestus-error.js';

/** Reads a file as UTF-8 text, turning a missing or unreadable file into an INVALID_INPUT error. */
export function readTextFile(file: string, what: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw invalidInput(file, what, code === 'ENOENT' ? 'file does not exist' : `cannot be read (${code ?? String(error)})`);
  }
  if (bytes.length === 0) throw invalidInput(file, what, 'file is empty');
  if (bytes.includes(0)) throw invalidInput(file, what, 'file is binary, expected UTF-8 text');
  return bytes.toString('utf8');
}

/** Parses JSON text; a syntax error names the file and the line it is on. */
export function parseJsonText(file: string, text: string, lineOffset = 0): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // V8 quotes the offending text, which may hold line breaks: the error stays one line.
    const message = (error as Error).message.replace(/\s+/g, ' ');
    const position = /position (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length + lineOffset : lineOffset + 1;
    throw invalidInput(file, `line ${line}`, `invalid JSON (${message})`);
  }
}

/** Formats a zod issue path as "a.b[2].c", or "(root)". */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || '(root)';
}

/** Validates a value against a zod schema; the first issue becomes an error naming the file and field. */
export function validateWith<T extends z.ZodType>(schema: T, value: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  let detail = issue.message;
  if (issue.code === 'unrecognized_keys') detail = `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_union' && 'discriminator' in issue) detail = `${issue.message}`;
  throw invalidInput(file, fieldPath(issue.path), detail);
}

/** Reads and validates a JSON file in one step. */
export function loadJsonFile<T extends z.ZodType>(schema: T, file: string, what: string): z.infer<T> {
  return validateWith(schema, parseJsonText(file, readTextFile(file, what)), file);
}
