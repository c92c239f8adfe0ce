import { describe, expect, it } from 'vitest';
import { fractionConstants } from './mixed-numbers.js';

describe('fractionConstants', () => {
  it('reads halves, quarters and mixed numbers written out', () => {
    expect(fractionConstants('Overtime is paid at time and a half.')).toEqual(expect.arrayContaining([0.5, 1.5]));
    expect(fractionConstants('Overtime is paid at time-and-a-half.')).toContain(1.5);
    expect(fractionConstants('It takes 2 and a quarter hours.')).toEqual(expect.arrayContaining([0.25, 4, 2.25]));
    expect(fractionConstants('Pay one and a half times the rate.')).toContain(1.5);
    expect(fractionConstants('Keep three quarters of it.')).toEqual(expect.arrayContaining([0.75, 0.25]));
    expect(fractionConstants('The trip lasts fifteen and a half hours.')).toContain(15.5);
  });

  it('reads nothing where no fraction is written', () => {
    expect(fractionConstants('Add the two numbers and a third one.')).toEqual([]);
    expect(fractionConstants('Pay one and a quarter as much.')).not.toContain(1.5);
  });
});
