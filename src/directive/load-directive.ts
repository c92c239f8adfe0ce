import { realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative as relativePath, resolve, sep } from 'node:path';
import { HephaestusError, invalidInput } from '../errors/hephaestus-error.js';
import { fileKind } from '../util/file-kind.js';
import { loadJsonFile } from '../util/read-json-file.js';
import { readUserFile, USER_FILE_CAPS } from '../util/read-user-file.js';
import type { Directive } from './directive.js';
import { directiveSchema, type DirectiveInput } from './directive-schema.js';
import { parseSignature } from './signature.js';
import { unknownSignatureType } from './unknown-signature-type.js';

/** Loads, validates and resolves a directive file; any problem is an INVALID_INPUT error naming the field. */
export function loadDirective(path: string): Directive {
  const file = resolve(path);
  const input = loadJsonFile(directiveSchema, file, 'directive');
  return resolveDirective(input, file);
}

/**
 * Resolves an already-validated directive against the file it came from: the signature must parse and name only
 * known types, and every file it names must be a regular file really inside the project (symbolic links resolved).
 * Modules it names (seed, test files, evaluator) are read here once, so a bad one is refused before anything runs.
 */
export function resolveDirective(input: DirectiveInput, file: string): Directive {
  const dir = dirname(file);
  let parsedSignature;
  try {
    parsedSignature = parseSignature(input.signature);
  } catch (error) {
    throw invalidInput(file, 'signature', (error as Error).message);
  }
  const unknown = unknownSignatureType(parsedSignature);
  if (unknown) throw invalidInput(file, 'signature', unknown);
  const roots = [dir, process.cwd()];
  const realRoots = roots.map(realOrSelf);
  const existing = (field: string, relative: string): string => {
    const absolute = resolve(dir, relative);
    // Refused before it is even probed when the path itself leaves the project...
    if (!roots.some((root) => isWithin(root, absolute))) {
      throw invalidInput(file, field, `"${relative}" is outside both the directive's directory and the working directory`);
    }
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      throw invalidInput(file, field, `file "${relative}" does not exist`);
    }
    // ...and when a symbolic link on the way leads out of it.
    if (!realRoots.some((root) => isWithin(root, real))) {
      throw invalidInput(file, field, `"${relative}" leads through a symbolic link to ${real}, outside both the directive's directory and the working directory`);
    }
    const info = statSync(real);
    if (!info.isFile()) throw invalidInput(file, field, `"${relative}" is ${fileKind(info)}, expected a regular file`);
    return absolute;
  };
  const module = (field: string, relative: string): string => {
    const absolute = existing(field, relative);
    try {
      readUserFile(absolute, field, USER_FILE_CAPS.source);
    } catch (error) {
      if (!HephaestusError.isInstance(error) || error.field === undefined) throw error;
      const problem = error.message.slice(`${absolute}: ${error.field}: `.length);
      throw invalidInput(file, field, `"${relative}"${error.field === field ? '' : ` ${error.field}`}: ${problem}`);
    }
    return absolute;
  };
  const evaluator = { ...input.evaluator };
  if (evaluator.kind === 'examples') {
    evaluator.train = existing('evaluator.train', evaluator.train);
    evaluator.test = existing('evaluator.test', evaluator.test);
  } else if (evaluator.kind === 'tests') {
    evaluator.files = evaluator.files.map((f, i) => module(`evaluator.files[${i}]`, f));
  } else {
    evaluator.module = module('evaluator.module', evaluator.module);
  }
  const seed = input.seed === undefined ? undefined : module('seed', input.seed);
  return { ...input, evaluator, seed, file, dir, parsedSignature };
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

// A directive names files of its own project: one resolving outside both trees is refused.
function isWithin(root: string, path: string): boolean {
  const rel = relativePath(root, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
