export function evaluate(fn: (a: number, b: number) => number): { metrics: Record<string, number>; score: number } {
  const score = fn(3, 5) === 2 ? 1 : 0;
  return { metrics: { score }, score };
}
