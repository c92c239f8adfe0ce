import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readExampleCases } from '../../src/directive/example-cases.js';
import { invalidInput } from '../../src/errors/hephaestus-error.js';
import type { GpProblem } from '../../src/engines/gp/gp-api.js';
import { inferTypes } from '../../src/engines/gp/infer-types.js';
import { loadJsonFile } from '../../src/util/read-json-file.js';

const gpType = z.enum(['int', 'float', 'string', 'boolean', 'int[]', 'float[]', 'string[]']);

/** The optional `<problem>/types` file: declared types per input and output, e.g. {"inputs":["int"],"outputs":["float"]}. */
const typesFileSchema = z.strictObject({
  inputs: z.array(gpType.nullable()).optional(),
  outputs: z.array(gpType.nullable()).optional(),
});

/** How many inputs the cases have, read from the first case's keys (input1..N). */
function inputCount(file: string): number {
  const first = readFileSync(file, 'utf8').split('\n').find((l) => l.trim() !== '');
  if (first === undefined) throw invalidInput(file, 'line 1', 'no cases in file');
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(first) as Record<string, unknown>;
  } catch (error) {
    throw invalidInput(file, 'line 1', `invalid JSON (${(error as Error).message})`);
  }
  return Object.keys(record).filter((k) => /^input[1-9]\d*$/.test(k)).length;
}

/**
 * Loads a PSB-style problem directory (`train.jsonl`, `test.jsonl`, optional `types`) as a GpProblem whose
 * parameters are named input1..N; any problem in that layout works without code changes.
 */
export function loadPsbProblem(dataDir: string, name: string): GpProblem {
  const dir = join(dataDir, name);
  const trainFile = join(dir, 'train.jsonl');
  const testFile = join(dir, 'test.jsonl');
  for (const file of [trainFile, testFile]) if (!existsSync(file)) throw invalidInput(file, 'file', 'does not exist');
  // No signature here: the types are inferred from the data below, so every value passes the case check.
  const anything = { kind: 'other', text: 'unknown' } as const;
  const signature = { text: '', params: Array.from({ length: inputCount(trainFile) }, (_, i) => ({ name: `input${i + 1}`, type: anything })), returns: anything, async: false };
  const train = readExampleCases(trainFile, signature);
  const test = readExampleCases(testFile, signature);
  const typesFile = join(dir, 'types');
  const declared = existsSync(typesFile) ? loadJsonFile(typesFileSchema, typesFile, 'types') : {};
  const types = inferTypes([...train, ...test], {
    inputs: declared.inputs?.map((t) => t ?? undefined),
    outputs: declared.outputs?.map((t) => t ?? undefined),
  });
  return {
    params: types.inputs.map((type, i) => ({ name: `input${i + 1}`, type })),
    returns: types.outputs,
    train,
    test,
  };
}
