// Returns an object that claims to equal anything (valueOf, toString, toJSON and then all lie) to fool a loose
// comparison in the judge; contained: only plain values cross out of its isolate, so the case fails with the reason.
export default function f(a: number, b: number): number {
  const liar = { valueOf: () => Math.abs(a - b), toString: () => String(Math.abs(a - b)), toJSON: () => Math.abs(a - b) };
  return liar as unknown as number;
}
