import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative as relativePath, resolve, sep } from 'node:path';
import { invalidInput } from '../errors/hephaestus-error.js';
import { loadJsonFile } from '../util/read-json-file.js';
import type { Directive } from './directive.js';
import { directiveSchema, type DirectiveInput } from './directive-schema.js';
import { parseSignature } from './signature.js';

/** Loads, validates and resolves a directive file; any problem is an INVALID_INPUT error naming the field. */
export function loadDirective(path: string): Directive {
  const file = resolve(path);
  const input = loadJsonFile(directiveSchema, file, 'directive');
  return resolveDirective(input, file);
}

/** Resolves an already-validated directive against the file it came from. */
export function resolveDirective(input: DirectiveInput, file: string): Directive {
  const dir = dirname(file);
  let parsedSignature;
  try {
    parsedSignature = parseSignature(input.signature);
  } catch (error) {
    throw invalidInput(file, 'signature', (error as Error).message);
  }
  const existing = (field: string, relative: string): string => {
    const absolute = resolve(dir, relative);
    if (!isWithin(dir, absolute) && !isWithin(process.cwd(), absolute)) {
      throw invalidInput(file, field, `"${relative}" is outside both the directive's directory and the working directory`);
    }
    if (!existsSync(absolute) || !statSync(absolute).isFile()) throw invalidInput(file, field, `file "${relative}" does not exist`);
    return absolute;
  };
  const evaluator = { ...input.evaluator };
  if (evaluator.kind === 'examples') {
    evaluator.train = existing('evaluator.train', evaluator.train);
    evaluator.test = existing('evaluator.test', evaluator.test);
  } else if (evaluator.kind === 'tests') {
    evaluator.files = evaluator.files.map((f, i) => existing(`evaluator.files[${i}]`, f));
  } else {
    evaluator.module = existing('evaluator.module', evaluator.module);
  }
  const seed = input.seed === undefined ? undefined : existing('seed', input.seed);
  return { ...input, evaluator, seed, file, dir, parsedSignature };
}

// A directive names files of its own project: one resolving outside both trees is refused before it is even probed.
function isWithin(root: string, path: string): boolean {
  const rel = relativePath(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
