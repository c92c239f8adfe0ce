import type { GpType } from './value-types.js';

/** A value a lambda argument binds: its name prefix (suffixed with the lambda's nesting depth) and type. */
export interface LambdaParam {
  prefix: string;
  type: GpType;
}

/** What a goal must ask for before a cued primitive is offered (constant-mining/goal-cues.ts). */
export type PrimitiveCue = 'iteration';

/** One typed operation of the primitive set, printed identically into the engine's JavaScript and the emitted TypeScript. */
export interface Primitive {
  name: string;
  args: GpType[];
  ret: GpType;
  /** Per argument: the values it binds when it is a lambda body (undefined for plain arguments). */
  lambdas?: (LambdaParam[] | undefined)[];
  /** Prints the call from its printed arguments (lambda arguments arrive as complete arrow functions); typed = the emitted TypeScript. */
  print: (args: string[], typed?: boolean) => string;
  /** Per argument: true where the bottom-up enumeration only tries literals (a radix, a fill character); GP may grow any expression there. */
  literals?: boolean[];
  /** Names of the inline helper functions the printed call uses. */
  helpers?: string[];
  /** Set for primitives offered only when the goal asks for what they do (a loop until a condition). */
  cue?: PrimitiveCue;
  /**
   * Set for primitives only the seed stage's deductions compose (the first index where a condition holds): a program
   * may hold them and they print, run and parse, but the search never draws or enumerates them, so they change no
   * search that does not find them by deduction.
   */
  composedOnly?: true;
  /** Set for primitives a directive added: the implementation and where the emitted module imports it from. */
  extra?: { fn: (...args: never[]) => unknown; importFrom?: string };
  /** Set for a solved module offered as a building block: the function the emitted module inlines, and its origin. */
  library?: { declaration: string; directiveId: string; candidateId: string };
}

/** Builds a plain primitive. */
export function prim(name: string, args: GpType[], ret: GpType, print: (a: string[]) => string, helpers?: string[]): Primitive {
  return helpers ? { name, args, ret, print, helpers } : { name, args, ret, print };
}

/** Builds a binary infix operator (always parenthesised so the printed text needs no precedence rules). */
export function infix(name: string, op: string, args: [GpType, GpType], ret: GpType): Primitive {
  return prim(name, args, ret, ([a, b]) => `(${a} ${op} ${b})`);
}

/** Builds a call of an inline helper function with the same name as the helper. */
export function helperCall(name: string, helper: string, args: GpType[], ret: GpType): Primitive {
  return prim(name, args, ret, (a) => `${helper}(${a.join(', ')})`, [helper]);
}

/** The TypeScript spelling of a GP type. */
export function tsType(type: GpType): string {
  switch (type) {
    case 'int':
    case 'float':
      return 'number';
    case 'int[]':
    case 'float[]':
      return 'number[]';
    default:
      return type;
  }
}

/** Element type of an array type. */
export function elementType(type: GpType): GpType {
  return type.slice(0, -2) as GpType;
}

/** Short type tag used in primitive names. */
export function tag(type: GpType): string {
  return type.replace('[]', 's');
}
