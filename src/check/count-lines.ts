/** Counts lines the way ESLint's max-lines does: a final line break does not start another line. */
export function countLines(code: string): number {
  if (code === '') return 0;
  const lines = code.split(/\r\n|\r|\n/);
  return lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
}
