import type { z } from 'zod';
import { invalidInput } from '../errors/hephaestus-error.js';
import { findJsonProblem } from './find-json-problem.js';
import { readUserFile, USER_FILE_CAPS } from './read-user-file.js';

/**
 * Parses JSON text, refusing what JSON.parse would let through (duplicate keys, numbers beyond a double, nesting past
 * the cap). A whole file names the field at fault (`evaluator.train`); one line of JSON Lines, given its 0-based
 * `lineIndex`, names the line and the field (`line 3: input1`). A syntax error names the line.
 */
export function parseJsonText(file: string, text: string, lineIndex?: number): unknown {
  const lineAt = (offset: number): string => `line ${text.slice(0, offset).split('\n').length + (lineIndex ?? 0)}`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // V8 quotes the offending text, which may hold line breaks: the error stays one line.
    const message = (error as Error).message.replace(/\s+/g, ' ');
    const position = /position (\d+)/.exec(message);
    throw invalidInput(file, lineAt(position ? Number(position[1]) : 0), `invalid JSON (${message})`);
  }
  const found = findJsonProblem(text);
  if (found) {
    const { offset, path, problem } = found;
    const line = lineAt(offset);
    throw invalidInput(file, !path || path.length === 0 ? line : lineIndex === undefined ? fieldPath(path) : `${line}: ${fieldPath(path)}`, problem);
  }
  return value;
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

/** Reads (as a user's file, within the JSON size cap) and validates a JSON file in one step. */
export function loadJsonFile<T extends z.ZodType>(schema: T, file: string, what: string): z.infer<T> {
  return validateWith(schema, parseJsonText(file, readUserFile(file, what, USER_FILE_CAPS.json)), file);
}
