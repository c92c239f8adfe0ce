import { describe, expect, it } from 'vitest';
import type { ExampleCase } from '../directive/directive.js';
import { buildTable, programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import { GpContext } from '../programs/gp-context.js';
import { fieldsSeed } from './fields-seed.js';
import type { Solve } from './part-seeds.js';
import { Rng } from '../util/rng.js';

const rng = new Rng(7);
const digits = (n: number): string => Array.from({ length: n }, () => String(rng.int(10))).join('');
const never: Solve = () => {
  throw new Error('a slice needs no search');
};

/** The program fieldsSeed finds from 30 cases, without any search, as a function of one text. */
function sliced(make: () => string, f: (s: string) => string): (s: string) => string {
  const train: ExampleCase[] = Array.from({ length: 30 }, make).map((s) => ({ inputs: [s], outputs: [f(s)] }));
  const ctx = new GpContext({ params: [{ name: 's', type: 'string' }], returns: ['string'], train, test: [] });
  const { node } = fieldsSeed(ctx, buildTable(), train, never);
  expect(node).toBeDefined();
  const table = buildTable();
  const fn = compilePrograms([programSource(ctx, { lets: [], outs: [node!] })], table)[0]!;
  return (s) => (table.resetSteps(1e6), fn(s) as string);
}

describe('numbers printed as slices of a text input', () => {
  it('formats ten digits as a phone number, leading zeros kept', () => {
    const phone = (s: string): string => `(${s.slice(0, 3)}) ${s.slice(3, 6)}-${s.slice(6)}`;
    const fn = sliced(() => digits(10), phone);
    for (const s of ['0001112222', '5551234567', ...Array.from({ length: 50 }, () => digits(10))]) expect(fn(s)).toBe(phone(s));
  });

  it('reorders a date, and takes the last four digits of a card whatever its length', () => {
    const date = (s: string): string => `${s.slice(8)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
    const iso = (): string => `${1900 + rng.int(200)}-${String(1 + rng.int(12)).padStart(2, '0')}-${String(1 + rng.int(28)).padStart(2, '0')}`;
    const fn = sliced(iso, date);
    for (let k = 0; k < 50; k++) {
      const s = iso();
      expect(fn(s)).toBe(date(s));
    }
    const card = (s: string): string => `ends in ${s.slice(-4)}, ${s.slice(0, 2)} first`;
    const cards = sliced(() => digits(12 + rng.int(5)), card);
    for (const s of Array.from({ length: 50 }, () => digits(13 + rng.int(10)))) expect(cards(s)).toBe(card(s));
  });
});
