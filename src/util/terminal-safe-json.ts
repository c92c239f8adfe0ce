// JSON.stringify already escapes C0 controls; these survive it and still act on a terminal.
const UNSAFE_AFTER_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Longest string and array a printed JSON document keeps; longer ones are cut with a marker. */
export const JSON_STRING_CHARS = 4096;
const JSON_ARRAY_ITEMS = 1000;

const unicodeEscape = (char: string): string => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * JSON for a terminal: valid JSON with the same meaning for every value it keeps, but strings longer than 4096
 * characters and arrays longer than 1000 items cut with a marker, and every character that could act on a
 * terminal written as a \u escape. For `--json` output of anything a candidate produced; `cut = false` keeps every
 * string and array whole (for documents such as a lineage that are meant to be complete).
 */
export function terminalSafeJson(value: unknown, indent = 2, cut = true): string {
  const text = JSON.stringify(
    value,
    (_key, item: unknown) => {
      if (!cut) return item;
      if (typeof item === 'string' && item.length > JSON_STRING_CHARS) return `${item.slice(0, JSON_STRING_CHARS)}… [${item.length - JSON_STRING_CHARS} more characters]`;
      if (Array.isArray(item) && item.length > JSON_ARRAY_ITEMS) return [...item.slice(0, JSON_ARRAY_ITEMS), `… [${item.length - JSON_ARRAY_ITEMS} more items]`];
      return item;
    },
    indent,
  );
  return (text ?? 'null').replace(UNSAFE_AFTER_JSON, unicodeEscape);
}
