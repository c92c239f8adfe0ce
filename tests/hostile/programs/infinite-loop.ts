// Spins forever in the first call; flagged timeout (the whole process group is killed at the wall limit).
export default function f(a: number, b: number): number {
  for (;;) a += b;
}
