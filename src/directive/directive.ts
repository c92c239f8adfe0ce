import type { DirectiveInput } from './directive-schema.js';
import type { Signature } from './signature.js';

/** A validated directive with every path made absolute and its signature parsed. */
export interface Directive extends DirectiveInput {
  /** Absolute path of the directive file. */
  file: string;
  /** Absolute directory the directive's relative paths were resolved against. */
  dir: string;
  parsedSignature: Signature;
}

/** One PSB-style case: the inputs in parameter order and the expected outputs in order. */
export interface ExampleCase {
  inputs: unknown[];
  outputs: unknown[];
}

/** The loaded cases of an examples directive. */
export interface ExampleSet {
  train: ExampleCase[];
  test: ExampleCase[];
}
