import { describe, expect, it } from 'vitest';
import { checkCaseValues } from './check-case-values.js';
import type { OutputKind } from './directive-schema.js';
import { parseSignature } from './signature.js';

const check = (signature: string, inputs: unknown[], outputs: unknown[], kinds?: OutputKind[]): void =>
  checkCaseValues('t.jsonl', 4, { inputs, outputs }, parseSignature(signature), kinds);

describe('checkCaseValues', () => {
  it('accepts values that fit the signature, and leaves types it does not model alone', () => {
    expect(() => check('(a: number, s: string, f: boolean) => number[]', [1.5, 'x', true], [[1, 2]])).not.toThrow();
    expect(() => check('(xs: string[][]) => [number, string]', [[['a'], []]], [3, 'b'])).not.toThrow();
    expect(() => check('(xs: number[]) => [number, string]', [[]], [[3, 'b']])).not.toThrow();
    expect(() => check('(m: { k: number }) => number | null', [{ k: 1 }], [null])).not.toThrow();
    expect(() => check('(x: number) => Promise<string>', [1], ['a'])).not.toThrow();
  });

  it('names the line and the value that does not fit, and what was expected', () => {
    expect(() => check('(a: number, b: number) => number', [1, '12'], [1])).toThrow(
      't.jsonl: line 4: input2: expected number (parameter b: number), got string "12"',
    );
    expect(() => check('(a: number) => number', [1], [true])).toThrow('t.jsonl: line 4: output1: expected number (the signature returns number), got boolean true');
    expect(() => check('(xs: number[]) => number', [[1, null]], [1])).toThrow(/line 4: input1\[1\]: expected number .*got null/);
    expect(() => check('(xs: string[]) => number', ['abc'], [1])).toThrow(/line 4: input1: expected string\[\] .*got string "abc"/);
    expect(() => check('(a: number) => [number, number]', [1], [2])).toThrow(/line 4: output1: expected \[number, number\]/);
  });

  it('checks the number of outputs against the return type', () => {
    expect(() => check('(a: number) => number', [1], [1, 2])).toThrow(/line 4: output2: the signature returns number, 1 value\(s\), but the line has 2 outputs/);
    expect(() => check('(a: number) => [number, string, boolean]', [1], [1, 'a'])).toThrow(/line 4: output3: missing/);
    expect(() => check('(a: number) => [number, string]', [1], [1, 2])).toThrow(/line 4: output2: expected string/);
  });

  it('checks outputs against evaluator.outputKinds, one for one', () => {
    expect(() => check('(a: number) => [number, number[]]', [1], [2, [1.5]], ['float', 'float[]'])).not.toThrow();
    expect(() => check('(a: number) => number', [1], [1.5], ['int'])).toThrow('t.jsonl: line 4: output1: expected int (evaluator.outputKinds[0]), got number 1.5');
    expect(() => check('(a: number) => number', [1], [1], ['int', 'int'])).toThrow(/line 4: has 1 output\(s\), evaluator\.outputKinds declares 2/);
  });
});
