import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { staticGuard } from './static-guard.js';
import { typeCheckCandidate } from './type-check-candidate.js';

// The guard as the build runs it: with the type checker of the candidate's program.
function messages(code: string): string[] {
  const source = ts.createSourceFile('/virtual/candidate.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  return staticGuard(source, [], typeCheckCandidate(source, undefined).checker).map((finding) => finding.message);
}

const wrap = (body: string): string => `export default function f(s: string, n: number): unknown {\n${body}\n}\n`;

describe('staticGuard on computed property access', () => {
  it.each([
    ['the reported escape', "return ((() => 0) as any)['constr' + 'uctor']('return process')();", /computed access to "constructor"/],
    ['a template literal key', 'return ((x: number) => x)[`constr${"uc"}tor`];', /computed access to "constructor"/],
    ['a key built from const bindings', "const a = 'constr';\nconst b = 'uctor';\nreturn ((x: number) => x)[a + b];", /computed access to "constructor"/],
    ['a key built anywhere, used later', "const k = 'get' + 'BuiltinModule';\nreturn k.length + n;", /"getBuiltinModule" built here/],
    ['a run-time key on a function', "const k = s.split('').reverse().join('');\nreturn ((x: number) => x)[k as 'length'];", /not allowed on a value typed any, unknown or a function/],
    ['a run-time key on any', 'const o = JSON.parse(s);\nreturn o[s];', /not allowed on a value typed any, unknown or a function/],
    ['a run-time key on unknown', 'const o: unknown = JSON.parse(s);\nreturn (o as Record<string, unknown>)[s];', /when it yields any, unknown or a function/],
    ['a run-time key yielding a function', 'const table: Record<string, (x: number) => number> = { double: (x) => 2 * x };\nreturn table[s](n);', /when it yields any, unknown or a function/],
    ['a number-typed run-time key on a function', 'const k = s as unknown as number;\nreturn ((x: number) => x)[k];', /not allowed on a value typed any, unknown or a function/],
    ['a key whose literal type admits a forbidden name', "type Key = 'length' | 'constructor';\nreturn 'abc'[s as Key];", /computed access to "constructor"/],
    ['getBuiltinModule as a member', "const p = { getBuiltinModule: (name: string) => name };\nreturn p.getBuiltinModule('fs');", /access to "getBuiltinModule"/],
    ['binding as a string', "return ['binding'].length;", /the string "binding"/],
    ['the prototype walk', 'return Object.getPrototypeOf(s);', /access to "getPrototypeOf"/],
  ])('refuses %s', (_what, body, reason) => {
    expect(messages(wrap(body)).join('\n')).toMatch(reason);
  });

  it('keeps ordinary indexing and constant keys allowed', () => {
    const body = [
      'const xs = [n, n + 1, n + 2];',
      'const grid: number[][] = [[1, 2], [3, 4]];',
      'const counts: Record<string, number> = {};',
      'for (const ch of s) counts[ch] = (counts[ch] ?? 0) + 1;',
      'const pair: [number, string] = [n, s];',
      'const binding = xs[0] + grid[1][n % 2] + s.length;',
      "const key = 'length';",
      'return binding + counts[s[0]] + pair[0] + s[key] + xs[xs.length - 1];',
    ].join('\n');
    expect(messages(wrap(body))).toEqual([]);
  });
});
