// Throws from a timer while the runner waits, to kill it between cases; contained: its isolate has no setTimeout (unavailable).
async function f(a: number, b: number): Promise<number> {
  setTimeout(() => {
    throw new Error('late bomb');
  }, 0);
  await new Promise((resolve) => setTimeout(resolve, 5));
  return a - b;
}
export default f as unknown as (a: number, b: number) => number;
