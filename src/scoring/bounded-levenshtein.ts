/** Cells of the edit-distance table one comparison may fill: about a millisecond of work. */
export const LEVENSHTEIN_CELLS = 1 << 20;

/**
 * Edit distance over code points with bounded work: exact when the strings are short enough for the full table or
 * within the diagonal band that fits in `maxCells` cells; otherwise the longer length, an upper bound that is still
 * larger than every distance the band can report, so a closer answer never scores worse than a farther one.
 */
export function boundedLevenshtein(a: string, b: string, maxCells = LEVENSHTEIN_CELLS): number {
  if (a === b) return 0;
  let s = Array.from(a);
  let t = Array.from(b);
  if (s.length > t.length) [s, t] = [t, s];
  const n = s.length;
  const m = t.length;
  if (n === 0) return m;
  // Ukkonen's band: a distance at most k only uses cells with -k <= j - i <= (m - n) + k.
  const k = n * m <= maxCells ? m : Math.floor((maxCells / n - (m - n) - 1) / 2);
  if (k < 0) return m;
  const beyond = m + 1;
  let previous = new Uint32Array(m + 1).fill(beyond);
  let current = new Uint32Array(m + 1).fill(beyond);
  for (let j = 0; j <= Math.min(m, m - n + k); j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - k);
    const hi = Math.min(m, i + (m - n) + k);
    current[lo - 1] = lo === 1 ? i : beyond;
    for (let j = lo; j <= hi; j++) {
      const substitution = previous[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1);
      current[j] = Math.min(substitution, previous[j] + 1, current[j - 1] + 1);
    }
    if (hi < m) current[hi + 1] = beyond;
    [previous, current] = [current, previous];
  }
  const distance = previous[m];
  return distance <= k ? distance : m;
}
