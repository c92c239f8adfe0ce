/** Every failure Hephaestus reports has one of these codes; each maps to a documented exit code. */
export type HephaestusErrorCode =
  | 'INVALID_INPUT' // a malformed directive, config or data file: exit 2
  | 'NOT_FOUND' // a run, candidate or directive that the registry does not hold: exit 3
  | 'UNSUPPORTED' // a directive beyond what the chosen engine can do: exit 4
  | 'SANDBOX_FAILURE' // the sandbox itself could not run
  | 'INTERNAL';

/** Exit codes of the CLI, documented in the README. */
export const EXIT_CODES = {
  ok: 0,
  failure: 1,
  invalidInput: 2,
  notFound: 3,
  unsupported: 4,
  stopped: 5,
  interrupted: 130,
} as const;

/** One error type for the whole library, with a string-union code and the file/field it concerns. */
export class HephaestusError extends Error {
  readonly code: HephaestusErrorCode;
  readonly file?: string;
  readonly field?: string;

  constructor(code: HephaestusErrorCode, message: string, where: { file?: string; field?: string; cause?: unknown } = {}) {
    super(message, where.cause === undefined ? undefined : { cause: where.cause });
    this.name = 'HephaestusError';
    this.code = code;
    this.file = where.file;
    this.field = where.field;
  }

  /** True for any HephaestusError, even one from another copy of this module. */
  static isInstance(value: unknown): value is HephaestusError {
    return value instanceof Error && (value as { name?: string }).name === 'HephaestusError';
  }

  /** The process exit code this error should produce. */
  get exitCode(): number {
    if (this.code === 'INVALID_INPUT') return EXIT_CODES.invalidInput;
    if (this.code === 'NOT_FOUND') return EXIT_CODES.notFound;
    if (this.code === 'UNSUPPORTED') return EXIT_CODES.unsupported;
    return EXIT_CODES.failure;
  }
}

/** Builds the INVALID_INPUT error whose message names the file and the field (or line). */
export function invalidInput(file: string, field: string, problem: string): HephaestusError {
  return new HephaestusError('INVALID_INPUT', `${file}: ${field}: ${problem}`, { file, field });
}

/** Turns any thrown value into a HephaestusError, keeping the original as its cause. */
export function toHephaestusError(value: unknown): HephaestusError {
  if (HephaestusError.isInstance(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new HephaestusError('INTERNAL', message, { cause: value });
}
