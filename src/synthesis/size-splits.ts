/** Ways to split `total` nodes among `arity` arguments, each at least 1, in order of the first argument's size. */
export function splits(total: number, arity: number): number[][] {
  if (arity === 0) return total === 0 ? [[]] : [];
  if (arity === 1) return total >= 1 ? [[total]] : [];
  const out: number[][] = [];
  for (let first = 1; first <= total - arity + 1; first++) for (const rest of splits(total - first, arity - 1)) out.push([first, ...rest]);
  return out;
}
