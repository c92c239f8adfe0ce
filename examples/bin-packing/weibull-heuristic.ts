// Hephaestus node for directive bin-packing-weibull: candidate 9f0a0d6eb9d6402f, score -0.09095777169970144.
// Run run-20261127110639-284ece, registered 2026-11-27T11:15:02.776Z; regenerate with the forge rather than editing.
function mod(a: number, b: number): number {
  return b === 0 ? 0 : a % b;
}

function pow(a: number, b: number): number {
  const r = Math.pow(a, b);
  return Number.isFinite(r) ? r : 0;
}

export default function priority(item: number, bins: number[]): number[] {
  return bins.map((x1: number): number => mod(item, x1) + pow(x1, (-8.01989))).map((x1: number): number => 162.557 - x1);
}
