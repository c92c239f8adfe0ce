// Sleeps past every limit in async code; contained: its isolate has no setTimeout (unavailable).
async function f(a: number, b: number): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 600_000));
  return Math.abs(a - b);
}
export default f as unknown as (a: number, b: number) => number;
