// Replaces JSON.stringify to rewrite the serialised results; contained: it patches JSON in its own isolate only and is scored on its wrong answers (no flag).
const json = JSON as unknown as Record<string, unknown>;
json.stringify = () => '{"kind":"done","seq":0}';
export default function f(a: number, b: number): number {
  return a - b;
}
