/**
 * Lines of the default export's function body in a module (the emitted program, or the module written to nodes/),
 * blank lines not counted: the "body length" of a solution. Undefined when the module has no `export default function`.
 */
export function bodyLines(code: string): number | undefined {
  const lines = code.split('\n');
  const start = lines.findIndex((l) => l.startsWith('export default function'));
  if (start < 0) return undefined;
  // The emitter and the formatter close the function with a `}` in column 0; nested code is indented.
  const end = lines.findIndex((l, i) => i > start && l.startsWith('}'));
  const body = lines.slice(start + 1, end < 0 ? lines.length : end);
  return body.filter((l) => l.trim() !== '').length;
}
