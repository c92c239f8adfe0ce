// Spins forever in the first call; contained: each call is stopped at its per-call limit, the run at the wall limit (timeout).
export default function f(a: number, b: number): number {
  for (;;) a += b;
}
