import { describe, expect, it } from 'vitest';
import { percentageConstants } from './percentages.js';

describe('percentageConstants', () => {
  it('gives the rate of each percentage, free of float noise', () => {
    expect(percentageConstants('Round 14.3% of the amount.').floats).toContain(0.143);
    expect(percentageConstants('Round 14.3% of the amount.').floats).not.toContain(14.3 / 100);
    expect(percentageConstants('Take 7 percent of it.').floats).toContain(0.07);
  });

  it('gives 1 + rate and 1 - rate only where the goal changes an amount by the rate', () => {
    expect(percentageConstants('Give a 20% discount.').floats).toEqual(expect.arrayContaining([0.2, 0.8, 1.2]));
    expect(percentageConstants('Prices rise by 5 percent each year.').floats).toEqual(expect.arrayContaining([0.05, 1.05, 0.95]));
    const share = percentageConstants('Return true when at least 75% of the votes are yes.').floats;
    expect(share).toContain(0.75);
    expect(share).not.toContain(1.75);
    expect(share).not.toContain(0.25);
  });

  it('scales by a hundred where the goal speaks of percentages, in an example too', () => {
    expect(percentageConstants('Give the discount percentage.')).toEqual({ ints: [100], floats: [100, 0.01] });
    expect(percentageConstants('Return the change', 'Return the change. For example, 50 to 60 is 20%.').ints).toEqual([100]);
    expect(percentageConstants('Return x % 3.')).toEqual({ ints: [], floats: [] });
  });
});
