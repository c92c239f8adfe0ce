// A legitimate evaluator that calls the candidate 300,000 times: the runner keeps 1000 call times, the parent no more.
export function evaluate(f: (a: number, b: number) => number): { metrics: Record<string, number>; score: number } {
  let correct = 0;
  for (let i = 0; i < 300_000; i++) if (f(i, 7) === Math.abs(i - 7)) correct++;
  return { metrics: { calls: 300_000 }, score: correct / 300_000 };
}
