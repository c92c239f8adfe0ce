import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../directive/directive.js';
import { sequenceReadings } from './sequence-outputs.js';

const cases = (outs: unknown[]): ExampleCase[] => outs.map((o, i) => ({ inputs: [i], outputs: [o] }));
const lines = ['1\n2\n3', '5\n6', '', '7\n8\n9\n10', '-3\n-2', '4'];

describe('sequenceReadings', () => {
  it('reads printed lines of whole numbers as a sequence of numbers, empty text as no parts', () => {
    const [first, ...rest] = sequenceReadings(cases(lines), ['int'], ['string'], ['int', 'string']);
    expect(first).toEqual({ sep: '\n', terminated: false, part: 'int', parts: [[1, 2, 3], [5, 6], [], [7, 8, 9, 10], [-3, -2], [4]] });
    expect(rest).toEqual([]);
  });

  it('reads parts each followed by the separator, and texts that are not canonical numbers as texts', () => {
    const terminated = sequenceReadings(cases(lines.map((o) => (o === '' ? o : `${o}\n`))), ['int'], ['string'], ['int', 'string']);
    expect(terminated[0]).toMatchObject({ sep: '\n', terminated: true, part: 'int', parts: [[1, 2, 3], [5, 6], [], [7, 8, 9, 10], [-3, -2], [4]] });
    // "007" and "-0" print no number as String prints it; "1.50" no decimal: they are texts.
    for (const odd of ['007', '-0', '1.50']) {
      expect(sequenceReadings(cases([...lines, `1\n${odd}`]), ['int'], ['string'], ['int', 'float', 'string'])[0].part).toBe('string');
    }
    expect(sequenceReadings(cases([...lines, '1\n2.5']), ['int'], ['string'], ['int', 'float', 'string'])[0].part).toBe('float');
    expect(sequenceReadings(cases([...lines, '1\n2.5']), ['int'], ['string'], ['int', 'string'])[0].part).toBe('string');
  });

  it('reads no separator inside one already read, and tries at most two readings', () => {
    // ", " holds "," and " ": those would read the same parts again, worse.
    expect(sequenceReadings(cases(['1, 2, 3', '4, 5', '6, 7, 8', '9, 10', '11, 12']), ['int'], ['string'], ['int', 'string']).map((r) => [r.sep, r.part])).toEqual([[', ', 'int']]);
    // Only where that one is read: a single ", " among outputs separated by "," does not hide ",".
    expect(sequenceReadings(cases(['1,2,3', '4,5', '6,7,8', '9,10', 'a, b']), ['int'], ['string'], ['int', 'string'])[0]).toMatchObject({ sep: ',', part: 'string' });
    const outs = ['a;b|c\nd', 'e\nf;g', 'h|i;j', 'k\nl|m', 'n;o\np'];
    expect(sequenceReadings(cases(outs), ['int'], ['string'], ['int', 'string']).map((r) => r.sep)).toEqual(['\n', ';']);
  });

  it('reads arrays of numbers or texts as they are', () => {
    const outs = [[1, 2], [3, 4, 5], [6, 7], [], [8, 9]];
    expect(sequenceReadings(cases(outs), ['int'], ['int[]'], ['int', 'int[]'])).toEqual([{ sep: null, terminated: false, part: 'int', parts: outs }]);
  });

  it('reads nothing from no inputs, several outputs, too few parts, or outputs of one part each', () => {
    expect(sequenceReadings(cases(lines), ['int[]'], ['string'], ['int', 'string'])).toHaveLength(1);
    expect(sequenceReadings(cases(lines), [], ['string'], ['int', 'string'])).toEqual([]);
    expect(sequenceReadings(cases(lines), ['int'], ['string', 'int'], ['int', 'string'])).toEqual([]);
    expect(sequenceReadings(cases(['1\n2', '3\n4', '5\n6']), ['int'], ['string'], ['int', 'string'])).toEqual([]);
    expect(sequenceReadings(cases(['1', '2', '3', '4', '5', '6', '7', '8', '9']), ['int'], ['string'], ['int', 'string'])).toEqual([]);
    expect(sequenceReadings(cases([[true, false], [true, true], [false, true], [true, true]]), ['int'], ['boolean[]' as never], ['int'])).toEqual([]);
  });
});
