import { invalidInput } from '../errors/hephaestus-error.js';
import { parseJsonText } from '../util/read-json-file.js';
import { readUserFile, USER_FILE_CAPS } from '../util/read-user-file.js';
import { checkCaseValues } from './check-case-values.js';
import type { Directive, ExampleCase, ExampleSet } from './directive.js';
import type { OutputKind } from './directive-schema.js';
import type { Signature } from './signature.js';

/**
 * Reads PSB-style JSON Lines (input1..N, output1..M) and checks every value against the signature and the declared
 * output kinds; a bad line is an error naming the file, the line and the field.
 */
export function readExampleCases(file: string, signature: Signature, outputKinds?: readonly OutputKind[]): ExampleCase[] {
  const inputCount = signature.params.length;
  const text = readUserFile(file, 'cases', USER_FILE_CAPS.data);
  const cases: ExampleCase[] = [];
  let outputCount = -1;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `line ${index + 1}`;
    const value = parseJsonText(file, line, index);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidInput(file, where, 'expected a JSON object');
    const record = value as Record<string, unknown>;
    const inputs: unknown[] = [];
    for (let i = 1; i <= inputCount; i++) {
      if (!(`input${i}` in record)) throw invalidInput(file, `${where}: input${i}`, `missing (the signature has ${inputCount} parameter(s))`);
      inputs.push(record[`input${i}`]);
    }
    const outputs: unknown[] = [];
    for (let i = 1; `output${i}` in record; i++) outputs.push(record[`output${i}`]);
    for (const key of Object.keys(record)) {
      const [, side, number] = /^(input|output)([1-9]\d*)$/.exec(key) ?? [];
      if (!side) throw invalidInput(file, `${where}: ${key}`, 'unknown key, expected input1..N and output1..M');
      // A key past the end would otherwise be skipped without a word: input5 of a 2-parameter signature, output3 without output2.
      if (side === 'input' && Number(number) > inputCount) throw invalidInput(file, `${where}: ${key}`, `the signature has only ${inputCount} parameter(s)`);
      if (side === 'output' && Number(number) > outputs.length) throw invalidInput(file, `${where}: ${key}`, `output${outputs.length + 1} is missing before it`);
    }
    if (outputs.length === 0) throw invalidInput(file, `${where}: output1`, 'missing');
    if (outputCount >= 0 && outputs.length !== outputCount) throw invalidInput(file, where, `has ${outputs.length} outputs, earlier lines have ${outputCount}`);
    outputCount = outputs.length;
    checkCaseValues(file, index + 1, { inputs, outputs }, signature, outputKinds);
    cases.push({ inputs, outputs });
  });
  if (cases.length === 0) throw invalidInput(file, 'line 1', 'no cases in file');
  return cases;
}

/** Loads the train and test cases of an examples directive. */
export function loadExampleSet(directive: Directive): ExampleSet {
  if (directive.evaluator.kind !== 'examples') throw new Error(`directive ${directive.id} has no examples evaluator`);
  return {
    train: readExampleCases(directive.evaluator.train, directive.parsedSignature, directive.evaluator.outputKinds),
    test: readExampleCases(directive.evaluator.test, directive.parsedSignature, directive.evaluator.outputKinds),
  };
}
