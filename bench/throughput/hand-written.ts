/**
 * Correct solutions written by hand for the problems bench:throughput measures: the speed limit an evolved program's
 * evaluation is compared with. Benchmark code only; the engine never sees them.
 */
export const HAND_WRITTEN: Record<string, (...inputs: never[]) => unknown> = {
  'fizz-buzz': (n: number): string => (n % 15 === 0 ? 'FizzBuzz' : n % 3 === 0 ? 'Fizz' : n % 5 === 0 ? 'Buzz' : String(n)),
  'camel-case': (s: string): string =>
    s
      .split(' ')
      .map((word) => word.split('-').filter((part, i) => i === 0 || part !== '').map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1))).join(''))
      .join(' '),
  leaders: (xs: number[]): number[] => {
    const out: number[] = [];
    let best = -Infinity;
    for (let i = xs.length - 1; i >= 0; i--) {
      if (xs[i] >= best) out.push(xs[i]);
      best = Math.max(best, xs[i]);
    }
    return out.reverse();
  },
  'square-digits': (n: number): string => [...String(n)].map((d) => String(Number(d) ** 2)).join(''),
  'vector-distance': (xs: number[], ys: number[]): number => {
    let sum = 0;
    for (let i = 0; i < xs.length; i++) sum += (xs[i] - ys[i]) ** 2;
    return Math.sqrt(sum);
  },
  // Peter's n-sided die beats Colin's m-sided one when it shows i and Colin shows less: min(i - 1, m) of Colin's m faces.
  'dice-game': (n: number, m: number): number => {
    let wins = 0;
    for (let i = 1; i <= n; i++) wins += Math.min(i - 1, m);
    return wins / (n * m);
  },
};
