import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../../directive/directive.js';
import { inferTypes } from './infer-types.js';

const rows = (...pairs: [unknown[], unknown[]][]): ExampleCase[] => pairs.map(([inputs, outputs]) => ({ inputs, outputs }));

describe('inferTypes', () => {
  it('tells ints from floats by any non-integer value', () => {
    const types = inferTypes(rows([[1, 2.5], [3]], [[4, 7], [11]]));
    expect(types).toEqual({ inputs: ['int', 'float'], outputs: ['int'] });
  });

  it('types strings, booleans and vectors by their elements', () => {
    const types = inferTypes(rows([['ab', [1, 2], ['x']], [true, [0.5]]], [['', [], []], [false, []]]));
    expect(types).toEqual({ inputs: ['string', 'int[]', 'string[]'], outputs: ['boolean', 'float[]'] });
  });

  it('lets hints declare floats written as whole numbers and settle empty vectors', () => {
    const types = inferTypes(rows([[[]], [2]], [[[]], [3]]), { inputs: ['string[]'], outputs: ['float'] });
    expect(types).toEqual({ inputs: ['string[]'], outputs: ['float'] });
  });

  it('defaults a column of only empty vectors to int[]', () => {
    expect(inferTypes(rows([[[]], [[]]])).inputs).toEqual(['int[]']);
  });

  it('rejects a hint the data contradicts', () => {
    expect(() => inferTypes(rows([[1.5], [1]]), { inputs: ['int'] })).toThrow(/declared int but the data holds float/);
    expect(() => inferTypes(rows([[1], [1]]), { outputs: ['int', 'int'] })).toThrow(/2 declared outputs types/);
  });

  it('says plainly when a column is beyond the engine', () => {
    expect(() => inferTypes(rows([[{ a: 1 }], [1]]))).toThrow(expect.objectContaining({ code: 'UNSUPPORTED' }));
    expect(() => inferTypes(rows([['a'], [1]], [[2], [1]]))).toThrow(/input1: mixes values of several kinds/);
    expect(() => inferTypes(rows([[[true]], [1]]))).toThrow(/vectors of booleans/);
    expect(() => inferTypes(rows([[[[1]]], [1]]))).toThrow(/nested vectors/);
  });
});
