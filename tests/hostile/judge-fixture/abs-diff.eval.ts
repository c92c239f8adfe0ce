export async function evaluate(f: (a: number, b: number) => number): Promise<{ metrics: Record<string, number>; score: number }> {
  let correct = 0;
  for (let a = -5; a < 5; a++) if ((await f(a, 3)) === Math.abs(a - 3)) correct++;
  return { metrics: { accuracy: correct / 10 }, score: correct / 10 };
}
