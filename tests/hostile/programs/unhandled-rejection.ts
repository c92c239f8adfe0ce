// Leaves a rejected promise unhandled to crash the runner mid-evaluation; flagged crash.
async function f(a: number, b: number): Promise<number> {
  void Promise.reject(new Error('boom'));
  await new Promise((resolve) => setTimeout(resolve, 1));
  return a - b;
}
export default f as unknown as (a: number, b: number) => number;
