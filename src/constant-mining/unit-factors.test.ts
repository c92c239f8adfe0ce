import { describe, expect, it } from 'vitest';
import { goalConstants } from './goal-constants.js';
import { knownConstants, unitFactors } from './unit-factors.js';

describe('unitFactors', () => {
  it('gives the factor between two units of one measure that a goal names', () => {
    expect(unitFactors('Show a number of seconds as minutes and seconds.')).toEqual([60]);
    expect(unitFactors('Given a distance in kilometres and a time in minutes, return the speed in km per hour.')).toEqual([60]);
    expect(unitFactors('Convert a temperature from Celsius to Fahrenheit.')).toEqual([1.8, 32]);
    expect(unitFactors('How many hours and minutes is a number of seconds?').sort((a, b) => a - b)).toEqual([60, 3600]);
    expect(unitFactors('Convert miles to kilometers.')).toEqual([1.609344]);
    // A clock format names its units by their fields.
    expect(unitFactors('Given two times as "hh:mm", return the minutes between them.')).toEqual(expect.arrayContaining([60]));
    expect(unitFactors('Read a duration "HH:MM:SS" as seconds.').sort((a, b) => a - b)).toEqual([60, 3600]);
    expect(unitFactors('Print a date as "YYYY-MM-DD".')).toEqual([]);
  });

  it('gives nothing for one unit alone, for units of different measures, or for words that only contain a unit', () => {
    expect(unitFactors('Return the number of minutes.')).toEqual([]);
    expect(unitFactors('Return the price per kilogram for each day.')).toEqual([]);
    expect(unitFactors('Add 8 percent to the amount in dollars.')).toEqual([]);
    expect(unitFactors('Count the items, e.g. give a number.')).toEqual([]);
  });

  it('reads a short or ordinal-looking unit only where it is counted', () => {
    expect(unitFactors('Return the max minus the min of the daily temperatures.')).toEqual([]);
    expect(unitFactors('Return the second largest hourly rate.')).toEqual([]);
    expect(unitFactors('Parse a date written YYYY-MM-DD and return its centimetre count.')).toEqual([]);
    // Its MM is no millimetre but a clock's minutes beside its hours.
    expect(unitFactors('Given a time as "HH:MM", return the centimetres.')).toEqual([60]);
    expect(unitFactors('Shift the bytes a bit.')).toEqual([]);
    expect(unitFactors('Replace the pound sign with kg.')).toEqual([]);
    expect(unitFactors('Convert a speed in metres per second to km per hour.')).toEqual(expect.arrayContaining([3600, 1000]));
    expect(unitFactors('A call costs 3 cents per min; return the cost of some hours.')).toEqual([60]);
    expect(unitFactors('Convert a length in mm to centimetres.')).toEqual([10]);
  });

  it('joins the goal constants, as ints too when whole', () => {
    const c = goalConstants('Given a time of day as "HH:MM" in 24-hour format, return the minutes since midnight.');
    expect(c.ints).toEqual(expect.arrayContaining([24, 60, 1440]));
    expect(c.floats).toEqual(expect.arrayContaining([60]));
  });

  it('gives π to a goal about a circle or a sphere, and to no other', () => {
    expect(goalConstants('Return the area of a circle of radius r, rounded to two decimals.').floats).toContain(Math.PI);
    expect(goalConstants('What is the volume of a sphere with the given diameter?').floats).toContain(Math.PI);
    expect(knownConstants('Return the area of a rectangle.')).toEqual([]);
    expect(knownConstants('Count the piles of sand.')).toEqual([]);
    expect(knownConstants('n people stand in a circle; every k-th leaves. Who is last?')).toEqual([]);
    expect(knownConstants('Replace every "pi" in a text with "3.14".')).toEqual([]);
    expect(knownConstants('Return the circumference for a diameter d.')).toEqual([Math.PI]);
    expect(knownConstants('Return the volume of a sphere of radius r.')).toEqual([Math.PI, 4 / 3]);
    expect(knownConstants('Return the volume of a cone of radius r and height h.')).toEqual([Math.PI, 1 / 3]);
  });
});
