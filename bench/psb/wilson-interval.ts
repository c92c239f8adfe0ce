/** The 95% Wilson score interval of a success rate, the honest error bar for k successes in n runs. */
export function wilsonInterval(successes: number, runs: number, z = 1.96): { low: number; high: number } {
  if (runs === 0) return { low: 0, high: 1 };
  const p = successes / runs;
  const z2 = z * z;
  const centre = (p + z2 / (2 * runs)) / (1 + z2 / runs);
  const half = (z / (1 + z2 / runs)) * Math.sqrt((p * (1 - p)) / runs + z2 / (4 * runs * runs));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
