// Reaches for the global object to rebind globals; flagged static-guard (the build refuses it, it never runs).
export default function f(a: number, b: number): number {
  (globalThis as unknown as Record<string, unknown>).JSON = { stringify: () => 'fake' };
  return a - b;
}
