import type { GpNode } from '../programs/program-tree.js';
import { call, literal } from '../programs/program-tree.js';

/**
 * The decimals (1 to 3) every float output is rounded to, when at least ten outputs show it (prices in cents): their
 * last decimal takes six or more digits, as a rounded measure's does, which halves and quarters never do. None when
 * some output has more decimals, or when all are whole numbers (a count as a float is no rounding).
 */
export function roundedDecimals(outputs: unknown[]): number | undefined {
  if (outputs.length < 10 || !outputs.every((o) => typeof o === 'number' && Number.isFinite(o))) return undefined;
  // Within float noise of the value itself (a sum of cents), never of the scaled value: 1234.5678 is no 3-decimal number.
  const fits = (d: number): boolean => (outputs as number[]).every((x) => Math.abs(x - Math.round(x * 10 ** d) / 10 ** d) <= 1e-12 * Math.max(1, Math.abs(x)));
  const decimals = [0, 1, 2, 3].find(fits);
  if (!decimals) return undefined;
  const last = new Set((outputs as number[]).map((x) => Math.round(Math.abs(x) * 10 ** decimals) % 10));
  return last.size >= 6 ? decimals : undefined;
}

/**
 * Half to even, as the `roundEven` helper rounds: Python's round() where `x * 10^d` is an exact binary half (2.125,
 * -9.375); a decimal tie that is no exact binary value (1.005) may round the other way than Python's.
 */
const roundEven = (x: number): number => {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
};

/**
 * A value rounded to `decimals` places as the emitted program rounds it (`Math.round(x * 100) / 100`, or half to even
 * where `even`); others as they are.
 */
export function roundTo(value: unknown, decimals: number, even = false): unknown {
  return typeof value === 'number' ? (even ? roundEven : Math.round)(value * 10 ** decimals) / 10 ** decimals : value;
}

/**
 * `node` rounded to `decimals` places (half to even where `even`); `scaled` when it is already the value times
 * 10^decimals (a sum not yet divided by 100).
 */
export function roundedNode(node: GpNode, decimals: number, scaled = false, even = false): GpNode {
  const times = scaled ? node : call('mul_float', 'float', [node, literal('float', 10 ** decimals)]);
  return call('div_float', 'float', [call('float_of_int', 'float', [call(even ? 'roundEven_float' : 'round_float', 'int', [times])]), literal('float', 10 ** decimals)]);
}
