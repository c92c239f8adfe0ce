// Hephaestus node for directive bin-packing-or: candidate 0e83500c5be748de, score -0.11667560782712683.
// Run run-20261127100607-a9ced9, registered 2026-11-27T10:25:15.348Z; regenerate with the forge rather than editing.
function fdiv(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function mod(a: number, b: number): number {
  return b === 0 ? 0 : a % b;
}

function pow(a: number, b: number): number {
  const r = Math.pow(a, b);
  return Number.isFinite(r) ? r : 0;
}

export default function priority(item: number, bins: number[]): number[] {
  return bins.map((x1: number): number => fdiv((mod(x1, item) - pow(22.307, 0.622841)), x1)).map((x1: number): number => fdiv((mod(x1, item) - 5), pow(x1, 0.622841)));
}
