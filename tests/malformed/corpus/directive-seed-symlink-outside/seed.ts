export default function absDiff(a: number, b: number): number {
  return Math.abs(a - b);
}
