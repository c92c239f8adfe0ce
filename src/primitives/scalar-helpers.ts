import { MAX_LEN, MAX_LOOP } from './array-helpers.js';

/** Inline helper functions (TypeScript source) behind the protected number and string primitives. */
export const SCALAR_HELPERS: Record<string, { source: string; needs?: string[] }> = {
  idiv: {
    source: `function idiv(a: number, b: number): number {
  return b === 0 ? 0 : Math.trunc(a / b);
}`,
  },
  fdiv: {
    source: `function fdiv(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}`,
  },
  ratio: {
    source: `function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}`,
  },
  mod: {
    source: `function mod(a: number, b: number): number {
  return b === 0 ? 0 : a % b;
}`,
  },
  // Half to even, as Python's round() and banker's rounding do (Math.round takes halves up): 2.5 → 2, -937.5 → -938.
  roundEven: {
    source: `function roundEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}`,
  },
  pow: {
    source: `function pow(a: number, b: number): number {
  const r = Math.pow(a, b);
  return Number.isFinite(r) ? r : 0;
}`,
  },
  toInt: {
    source: `function toInt(s: string): number {
  const n = Number.parseInt(s, 10);
  return Number.isNaN(n) ? 0 : n;
}`,
  },
  toFloat: {
    source: `function toFloat(s: string): number {
  const n = Number.parseFloat(s);
  return Number.isFinite(n) ? n : 0;
}`,
  },
  undigits: {
    source: `function undigits(ds: number[]): number {
  let n = 0;
  for (const d of ds) n = n * 10 + d;
  return Number.isSafeInteger(n) ? n : 0;
}`,
  },
  digits: {
    source: `function digits(n: number): number[] {
  const out: number[] = [];
  if (!Number.isSafeInteger(n)) return out;
  const text = String(Math.abs(n));
  for (let i = 0; i < text.length; i++) out.push(text.charCodeAt(i) - 48);
  return out;
}`,
  },
  chr: {
    source: `function chr(n: number): string {
  return Number.isFinite(n) ? String.fromCharCode(((n % 65536) + 65536) % 65536) : '';
}`,
  },
  code: {
    source: `function code(s: string): number {
  return s.length === 0 ? 0 : s.charCodeAt(0);
}`,
  },
  repeat: {
    source: `function repeat(s: string, n: number): string {
  const most = Math.floor(${MAX_LEN} / Math.max(1, s.length));
  return s.repeat(Number.isFinite(n) ? Math.max(0, Math.min(Math.trunc(n), most)) : 0);
}`,
  },
  replaceAll: {
    source: `function replaceAll(s: string, from: string, to: string): string {
  let found = 0;
  if (from === '') found = Math.max(0, s.length - 1);
  else for (let at = s.indexOf(from); at >= 0; at = s.indexOf(from, at + from.length)) found++;
  if (found === 0 || s.length + found * (to.length - from.length) > ${MAX_LEN}) return s;
  return s.split(from).join(to);
}`,
  },
  toBase: {
    source: `function toBase(n: number, base: number): string {
  const b = Number.isFinite(base) ? Math.trunc(base) : 10;
  return Number.isSafeInteger(n) ? n.toString(b >= 2 && b <= 36 ? b : 10) : '';
}`,
  },
  fromBase: {
    source: `function fromBase(s: string, base: number): number {
  const b = Number.isFinite(base) ? Math.trunc(base) : 10;
  const n = Number.parseInt(s, b >= 2 && b <= 36 ? b : 10);
  return Number.isSafeInteger(n) ? n : 0;
}`,
  },
  fixed: {
    source: `function fixed(x: number, digits: number): string {
  const d = Number.isFinite(digits) ? Math.min(Math.max(Math.trunc(digits), 0), 10) : 0;
  return Number.isFinite(x) ? x.toFixed(d) : String(x);
}`,
  },
  padStart: {
    source: `function padStart(s: string, width: number, fill: string): string {
  return Number.isFinite(width) ? s.padStart(Math.min(Math.trunc(width), ${MAX_LEN}), fill) : s;
}`,
  },
  reverse: {
    source: `function reverse(s: string): string {
  return [...s].reverse().join('');
}`,
  },
  count: {
    source: `function count(s: string, part: string): number {
  return part === '' ? 0 : s.split(part).length - 1;
}`,
  },
  isUpper: {
    source: `function isUpper(s: string): boolean {
  return s !== '' && s === s.toUpperCase() && s !== s.toLowerCase();
}`,
  },
  isLower: {
    source: `function isLower(s: string): boolean {
  return s !== '' && s === s.toLowerCase() && s !== s.toUpperCase();
}`,
  },
  isDigit: {
    source: `function isDigit(s: string): boolean {
  return /^[0-9]+$/.test(s);
}`,
  },
  isLetter: {
    source: `function isLetter(s: string): boolean {
  return /^[A-Za-z]+$/.test(s);
}`,
  },
  isSpace: {
    source: `function isSpace(s: string): boolean {
  return /^\\s+$/.test(s);
}`,
  },
  // The terms of a sequence from the first while they keep a condition (the even squares below n).
  sequenceWhile: {
    source: `function sequenceWhile<A>(term: (i: number) => A, keep: (x: A) => boolean): A[] {
  const out: A[] = [];
  for (let x = term(0); keep(x); x = term(out.length)) {
    if (out.length >= ${MAX_LEN}) throw new RangeError('sequence too long');
    out.push(x);
  }
  return out;
}`,
  },
  // A two-term recurrence until a condition on the pair holds (Euclid's algorithm: a, b <- b, a mod b until b is 0).
  recurUntil: {
    source: `function recurUntil(a: number, b: number, done: (x: number, y: number) => boolean, f: (x: number, y: number) => number): number {
  for (let i = 0; !done(a, b); i++) {
    if (i >= ${MAX_LOOP}) throw new RangeError('no end reached');
    const next = f(a, b);
    a = b;
    b = next;
  }
  return a;
}`,
  },
};
