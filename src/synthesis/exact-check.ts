import type { ExampleCase } from '../directive/directive.js';
import { caseError } from '../programs/case-errors.js';
import type { PrimitiveTable } from '../programs/compile-program.js';
import { programSource } from '../programs/compile-program.js';
import { compilePrograms } from '../programs/compile-programs.js';
import type { Found } from './enumerate-programs.js';
import type { GpContext } from '../programs/gp-context.js';
import type { GpNode, Individual } from '../programs/program-tree.js';
import { evaluateSources, toCaseSet } from '../programs/evaluate-programs.js';
import { roundedDecimals, roundedNode, roundTo } from './rounding.js';
import { stepBudget } from '../programs/step-budget.js';

/** What firstFailure says of a program it cannot run on the cases. */
export const UNRUNNABLE = -2;

/**
 * The first case one expression of a single-output problem gets wrong (-1: none; `UNRUNNABLE`: a program of another
 * type or one that does not compile, which no case can serve as a counterexample to); `ran` counts the cases run.
 */
export function firstFailure(ctx: GpContext, table: PrimitiveTable, node: GpNode, cases: ExampleCase[], ran: { count: number }): number {
  const type = ctx.returns[0];
  if (ctx.returns.length !== 1 || node.type !== type) return UNRUNNABLE;
  const fn = compilePrograms([programSource(ctx, { lets: [], outs: [node] })], table)[0];
  if (fn === undefined) return UNRUNNABLE;
  return cases.findIndex((c) => {
    ran.count++;
    table.resetSteps(stepBudget(c.inputs));
    try {
      return caseError(type, fn(...c.inputs), c.outputs[0]) !== 0;
    } catch {
      return true;
    }
  });
}

/** An expression's value on each list of inputs (undefined where it throws or does not compile); `ran` counts the runs. */
export function nodeValues(ctx: GpContext, table: PrimitiveTable, node: GpNode, inputs: unknown[][], ran: { count: number }): unknown[] {
  const fn = compilePrograms([programSource(ctx, { lets: [], outs: [node] })], table)[0];
  return inputs.map((args) => {
    if (fn === undefined) return undefined;
    ran.count++;
    table.resetSteps(stepBudget(args));
    try {
      return fn(...args);
    } catch {
      return undefined;
    }
  });
}

/** Whether one expression of a single-output problem gives every case's output exactly. */
export const exactOnAll = (ctx: GpContext, table: PrimitiveTable, node: GpNode, cases: ExampleCase[], ran: { count: number }): boolean =>
  firstFailure(ctx, table, node, cases, ran) === -1;

/** The first case a whole program (bindings and every output) gets wrong, -1 where none; `ran` counts the cases run. */
export function individualMiss(ctx: GpContext, table: PrimitiveTable, individual: Individual, cases: ExampleCase[], ran: { count: number }): number {
  ran.count += cases.length;
  const errors = evaluateSources([programSource(ctx, individual)], table, toCaseSet(cases, ctx.returns), cases.map((_, i) => i));
  const at = errors.findIndex((e) => e !== 0);
  return at < 0 ? -1 : Math.floor(at / ctx.returns.length);
}

/**
 * The expression if it gives every case's output exactly, else the expression rounded to `decimals` (where every
 * output is rounded so, rounding.ts; halves up, else half to even) if that does; undefined when none does.
 */
export function exactOrRounded(ctx: GpContext, table: PrimitiveTable, node: GpNode, cases: ExampleCase[], decimals: number | undefined, ran: { count: number }): GpNode | undefined {
  if (exactOnAll(ctx, table, node, cases, ran)) return node;
  if (decimals === undefined) return undefined;
  return [false, true].map((even) => roundedNode(node, decimals, false, even)).find((whole) => exactOnAll(ctx, table, whole, cases, ran));
}

/**
 * A `done` callback for the enumeration that stops it at an expression exact on its cases (`used`, whose values it
 * holds) and then on every case: a few cases alone are matched by chance too often; where every output is rounded to
 * a few decimals, the expression rounded so (rounding.ts) may be the one. With `stopAtMiss` it stops at the
 * first expression exact on `used` only too, so the caller can enumerate again with the case it missed.
 */
export function exactChecker(ctx: GpContext, table: PrimitiveTable, used: ExampleCase[], cases: ExampleCase[], stopAtMiss = false) {
  // `missed`: the first case the last expression exact on `used` got wrong, a counterexample to enumerate with.
  const state: { solution?: Found; missed?: number; ran: { count: number } } = { ran: { count: 0 } };
  const type = ctx.returns[0];
  // Float outputs all rounded to a few decimals (cents) are also met by an expression rounded the same way.
  const decimals = ctx.returns.length === 1 && type === 'float' ? roundedDecimals(cases.map((c) => c.outputs[0])) : undefined;
  // A plain loop: this runs on every candidate the enumeration keeps.
  const exactOnUsed = (f: Found, places?: number, even = false): boolean => {
    for (let i = 0; i < used.length; i++) if (caseError(type, places === undefined ? f.values[i] : roundTo(f.values[i], places, even), used[i].outputs[0]) !== 0) return false;
    return true;
  };
  const check = (f: Found): boolean => {
    if (ctx.returns.length !== 1 || f.node.type !== type) return false;
    const rounded = !exactOnUsed(f);
    // Rounded halves up as Math.round does, or half to even as data made by Python's round() is.
    const modes = rounded && decimals !== undefined ? [false, true].filter((even) => exactOnUsed(f, decimals, even)) : [false];
    if (modes.length === 0) return false;
    let [even, node, failed] = [false, f.node, 0];
    for (const mode of modes) {
      [even, node] = [mode, rounded ? roundedNode(f.node, decimals!, false, mode) : f.node];
      failed = firstFailure(ctx, table, node, cases, state.ran);
      if (failed === -1) break;
    }
    if (failed === UNRUNNABLE) return false;
    if (failed >= 0) {
      state.missed ??= failed;
      return stopAtMiss;
    }
    state.solution = rounded ? { ...f, node, values: f.values.map((v) => roundTo(v, decimals!, even)) } : f;
    return true;
  };
  return { check, state };
}
