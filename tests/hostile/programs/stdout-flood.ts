// Floods stdout (a megabyte per call) to drown the log; flagged output-cap.
export default function f(a: number, b: number): number {
  console.log('flood'.repeat(200_000));
  return Math.abs(a - b);
}
