import { describe, expect, it } from 'vitest';
import { Rng } from '../util/rng.js';
import { tellingDivisors } from './telling-divisors.js';

const leap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

describe('tellingDivisors', () => {
  it('finds the divisors a leap year turns on, each adding to the ones before, the rounder of equals', () => {
    // Drawn as a user's data would be: any year, a century, or a multiple of 4, equally often.
    const rng = new Rng(5);
    const years = Array.from({ length: 90 }, () => [rng.range(1, 3000), rng.range(1, 30) * 100, rng.range(1, 700) * 4][rng.int(3)]);
    const train = years.map((y) => ({ inputs: [y], outputs: [leap(y)] }));
    const found = tellingDivisors(train);
    expect(found.slice(0, 2)).toEqual([4, 100]);
    // The third tells the centuries apart: 400, or 16, which among centuries splits them alike.
    expect([400, 16]).toContain(found[2]);
  });

  it('finds nothing where outputs are many, or where no divisor tells the classes apart', () => {
    const squares = Array.from({ length: 40 }, (_, i) => ({ inputs: [i + 1], outputs: [(i + 1) ** 2] }));
    expect(tellingDivisors(squares)).toEqual([]);
    // Sign: half the inputs zero (which every k divides), the other half's class is their sign, not a divisibility.
    const signs = Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? 0 : ((i * 7919) % 2001) - 1000)).map((n) => ({ inputs: [n], outputs: [Math.sign(n)] }));
    expect(tellingDivisors(signs)).toEqual([]);
  });

  it('lumps outputs that do not recur into one class, and adds the common multiple whose multiples are one class', () => {
    const fizz = (x: number): string => (x % 15 === 0 ? 'FizzBuzz' : x % 3 === 0 ? 'Fizz' : x % 5 === 0 ? 'Buzz' : String(x));
    const rng = new Rng(9);
    const train = Array.from({ length: 120 }, () => rng.range(1, 1_000_000)).map((x) => ({ inputs: [x], outputs: [fizz(x)] }));
    expect(tellingDivisors(train)).toEqual([3, 5, 15]);
  });
});
