export default function priority(item: number, bins: number[]): number[] {
  return bins.map((x1) => (item - x1));
}
