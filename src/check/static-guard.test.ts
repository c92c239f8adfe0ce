import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { staticGuard } from './static-guard.js';

function guard(code: string, allowedImports: string[] = []) {
  const source = ts.createSourceFile('candidate.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  return staticGuard(source, allowedImports);
}

function messages(code: string, allowedImports: string[] = []): string[] {
  return guard(code, allowedImports).map((finding) => finding.message);
}

describe('staticGuard', () => {
  it('accepts ordinary code, including classes with constructors and type-only uses of guarded names', () => {
    const code = [
      'class Box { constructor(readonly value: number) {} }',
      'type Fn = Function;',
      'const table = { process: 1, eval: 2 };',
      'export default (a: number): number => new Box(a).value + table.process + Math.max(a, 0);',
    ].join('\n');
    expect(guard(code)).toEqual([]);
  });

  it('reports each finding as a static-guard error with its line', () => {
    expect(guard('const a = 1;\nconst b = eval("a");\n')).toEqual([
      { stage: 'static-guard', message: 'the name "eval" is not allowed (forbidden global)', line: 2 },
    ]);
  });

  describe('imports', () => {
    it('refuses static imports, re-exports and import-equals of modules that are not allowed', () => {
      expect(messages("import { parse } from 'acorn';")).toEqual(['import of "acorn" is not allowed (allowedImports: none)']);
      expect(messages("export { parse } from 'acorn';")).toHaveLength(1);
      expect(messages("import acorn = require('acorn');")).toHaveLength(1);
    });

    it('accepts allowed modules', () => {
      expect(guard("import { parse } from 'acorn';\nimport { sep } from 'node:path';", ['acorn', 'path'])).toEqual([]);
    });

    it('refuses dynamic import() of a module that is not allowed, or of a computed specifier', () => {
      expect(messages("const m = await import('os');")).toEqual(['import of "os" is not allowed (allowedImports: none)']);
      expect(guard("const m = await import('os');", ['os'])).toEqual([]);
      expect(messages("const name = 'os';\nconst m = await import(name);", ['os'])).toEqual(['import() with a computed specifier is not allowed']);
    });

    it('refuses import.meta', () => {
      expect(messages('const here = import.meta.url;')).toEqual(['import.meta is not allowed']);
    });

    it('refuses dangerous modules unless listed exactly', () => {
      expect(messages("import { writeFileSync } from 'node:fs';")).toHaveLength(1);
      expect(messages("import { writeFile } from 'fs/promises';", ['fs'])).toHaveLength(1);
      expect(guard("import { writeFile } from 'fs/promises';", ['fs/promises'])).toEqual([]);
      for (const name of ['child_process', 'net', 'http', 'worker_threads', 'vm', 'v8', 'module']) {
        expect(messages(`import * as m from 'node:${name}';`, ['lodash'])).toHaveLength(1);
      }
    });
  });

  describe('globals', () => {
    it.each([
      ['eval', 'eval("1")'],
      ['Function', 'new Function("return 1")()'],
      ['Function', 'Function("return 1")()'],
      ['process', 'process.exit(1)'],
      ['require', 'require("fs")'],
      ['module', 'module.exports'],
      ['globalThis', 'globalThis.x'],
      ['global', 'global["proc" + "ess"]'],
      ['self', 'self.postMessage(1)'],
      ['Reflect', 'Reflect.ownKeys({})'],
      ['Proxy', 'new Proxy({}, {})'],
      ['WebAssembly', 'WebAssembly.compile(new Uint8Array())'],
      ['fetch', 'fetch("http://example.com")'],
      ['XMLHttpRequest', 'new XMLHttpRequest()'],
      ['WebSocket', 'new WebSocket("ws://x")'],
    ])('refuses %s in %s', (name, expression) => {
      expect(messages(`export const x = ${expression};`)).toContain(`the name "${name}" is not allowed (forbidden global)`);
    });

    it('refuses guarded names even as local bindings and in class heritage', () => {
      expect(messages('const process = 1;')).toHaveLength(1);
      expect(messages('function f(self: number) { return self; }')).toHaveLength(2);
      expect(messages('class Evil extends Function {}')).toHaveLength(1);
    });
  });

  describe('properties leading to Function', () => {
    it.each([
      ['(() => 0).constructor'],
      ['(() => 0)?.constructor'],
      ["(() => 0)['constructor']"],
      ['({}).__proto__'],
      ['Error.prepareStackTrace'],
    ])('refuses %s', (expression) => {
      expect(guard(`export const x = ${expression};`)).toHaveLength(1);
    });

    it('refuses each step of a reflective walk to Function', () => {
      const walk = guard("export const x = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(() => 0), 'constructor');").map((f) => f.message);
      expect(walk).toEqual([
        'access to "getOwnPropertyDescriptor" is not allowed: it loads modules or native code, or walks the prototype chain',
        'access to "getPrototypeOf" is not allowed: it loads modules or native code, or walks the prototype chain',
        'the string "constructor" is not allowed: it names a forbidden property',
      ]);
    });

    it('refuses destructuring and object literals that reach them', () => {
      expect(guard('const { constructor: make } = () => 0;')).toHaveLength(1);
      expect(guard('const proto = { __proto__: null };')).toHaveLength(1);
    });
  });
});
