/** Lines every module written to nodes/ spends on its provenance header. */
export const NODE_HEADER_LINES = 2;

/** The house rule: no source file, generated or not, is longer than this. */
export const MAX_FILE_LINES = 200;

/** The most lines a candidate may have so that, with its header, the emitted module still fits the house rule. */
export function candidateLineLimit(maxLines: number, headerLines = 0): number {
  return Math.min(maxLines, MAX_FILE_LINES - NODE_HEADER_LINES) + headerLines;
}
