// Leaves a rejected promise unhandled to crash the runner mid-evaluation; contained: the rejection stays in its isolate and fails its own calls (no flag).
async function f(a: number, b: number): Promise<number> {
  void Promise.reject(new Error('boom'));
  await new Promise((resolve) => setTimeout(resolve, 1));
  return a - b;
}
export default f as unknown as (a: number, b: number) => number;
