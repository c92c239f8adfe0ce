import { describe, expect, it } from 'vitest';
import { parseSignature, typeText } from './signature.js';

describe('parseSignature', () => {
  it('reads parameters and return type', () => {
    const sig = parseSignature('(a: number, b: string[]) => [number, boolean]');
    expect(sig.params).toEqual([
      { name: 'a', type: { kind: 'number' } },
      { name: 'b', type: { kind: 'array', of: { kind: 'string' } } },
    ]);
    expect(sig.returns).toEqual({ kind: 'tuple', items: [{ kind: 'number' }, { kind: 'boolean' }] });
    expect(sig.async).toBe(false);
  });

  it('unwraps Promise and Array<T>', () => {
    const sig = parseSignature('(xs: Array<number>) => Promise<readonly string[]>');
    expect(sig.async).toBe(true);
    expect(sig.params[0].type).toEqual({ kind: 'array', of: { kind: 'number' } });
    expect(typeText(sig.returns)).toBe('string[]');
  });

  it('keeps types it does not model as text', () => {
    expect(parseSignature('(m: Map<string, number>) => number').params[0].type).toEqual({ kind: 'other', text: 'Map<string, number>' });
  });

  it.each([
    ['number', /function type/],
    ['(a: number => number', /does not parse/],
    ['(a) => number', /needs a type/],
    ['(...a: number[]) => number', /rest parameter/],
  ])('rejects %s', (text, message) => {
    expect(() => parseSignature(text)).toThrow(message);
  });
});
