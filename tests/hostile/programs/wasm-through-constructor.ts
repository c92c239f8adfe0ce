// Reaches WebAssembly through a computed Function constructor the guard cannot see, to compile code it smuggles in bytes;
// contained: its isolate has no WebAssembly (unavailable).
const make = (() => 0) as unknown as Record<string, (body: string) => () => { validate(bytes: Uint8Array): boolean }>;
export default function f(a: number, b: number): number {
  const wasm = make['constr' + 'uctor']('return WebAssembly')();
  return wasm.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) ? Math.abs(a - b) : a - b;
}
