// Replaces JSON.stringify to rewrite the serialised results; contained: JSON is frozen in its isolate too (tamper-attempt).
const json = JSON as unknown as Record<string, unknown>;
json.stringify = () => '{"kind":"done","seq":0}';
export default function f(a: number, b: number): number {
  return a - b;
}
