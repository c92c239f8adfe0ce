import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../directive/directive.js';
import { fieldedOutput } from './output-fields.js';

const cases = (outs: unknown[]): ExampleCase[] => outs.map((o, i) => ({ inputs: [i], outputs: [o] }));

describe('fieldedOutput', () => {
  it('reads the numbers between fixed texts, and the width a field is padded to', () => {
    expect(fieldedOutput(cases(['43:47', '0:13', '1:05', '12:00']))).toEqual({
      texts: ['', ':', ''],
      fields: [{ values: [43, 0, 1, 12], width: 0 }, { values: [47, 13, 5, 0], width: 2 }],
    });
    // A field padded to its shortest text: "120" is 120 printed at width 2 or more.
    expect(fieldedOutput(cases(['$3.50', '$120.05', '$0.99', '$7.00']))).toMatchObject({ texts: ['$', '.', ''], fields: [{ width: 0 }, { width: 2 }] });
    expect(fieldedOutput(cases(['Day 007', 'Day 120', 'Day 042', 'Day 300']))).toMatchObject({ texts: ['Day ', ''], fields: [{ values: [7, 120, 42, 300], width: 3 }] });
  });

  it('takes a number that never changes for fixed text', () => {
    expect(fieldedOutput(cases(['v1.2.0', 'v1.3.7', 'v1.10.2', 'v1.4.4']))).toEqual({
      texts: ['v1.', '.', ''],
      fields: [{ values: [2, 3, 10, 4], width: 0 }, { values: [0, 7, 2, 4], width: 0 }],
    });
  });

  it('reads nothing where the texts differ, the counts of numbers differ, or a field is neither printed nor padded', () => {
    expect(fieldedOutput(cases(['1:15', '2-30', '3:45', '4:00']))).toBeUndefined();
    expect(fieldedOutput(cases(['a1b3', 'b1a1b4', 'c2', 'a1']))).toBeUndefined();
    // "07" and "123" cannot be one width's padding; "007" beside "7" is not padding at all.
    expect(fieldedOutput(cases(['x07:1', 'x123:2', 'x5:3', 'x9:4']))).toBeUndefined();
    expect(fieldedOutput(cases(['007 1', '7 2', '12 3', '3 4']))).toBeUndefined();
  });

  it('leaves one unpadded number to the printed reading, and needs four text outputs', () => {
    expect(fieldedOutput(cases(['Total: 12', 'Total: 5', 'Total: 7', 'Total: 9']))).toBeUndefined();
    expect(fieldedOutput(cases(['1:15', '2:30', '3:45']))).toBeUndefined();
    expect(fieldedOutput(cases([1, 2, 3, 4]))).toBeUndefined();
    expect(fieldedOutput(cases(['1:2:3:4:5:6:7', '2:3:4:5:6:7:8', '3:4:5:6:7:8:9', '4:5:6:7:8:9:1']))).toBeUndefined();
  });
});
