// Reaches WebAssembly through the Function constructor, named at run time behind type assertions the guard cannot follow, to compile code it smuggles in bytes;
// contained: its isolate has no WebAssembly (unavailable).
type Make = (body: string) => () => { validate(bytes: Uint8Array): boolean };
const make = ((() => 0) as unknown as Record<string, number>)[['constr', 'uctor'].join('')] as unknown as Make;
export default function f(a: number, b: number): number {
  const wasm = make('return WebAssembly')();
  return wasm.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) ? Math.abs(a - b) : a - b;
}
