// JSON cannot hold NaN or ±Infinity; metrics and failing cases can, so they travel as a tagged object.
const TAG = '$nonFinite';

/** Serialises a value for a JSON column, keeping NaN and ±Infinity (plain JSON would turn them into null). */
export function encodeRegistryJson(value: unknown, indent?: number): string {
  return JSON.stringify(
    value,
    (_key, item: unknown) => (typeof item === 'number' && !Number.isFinite(item) ? { [TAG]: String(item) } : item),
    indent,
  );
}

/** Parses a JSON column written by encodeRegistryJson, restoring the non-finite numbers. */
export function decodeRegistryJson<T>(text: string): T {
  // A reviver slows parsing several-fold; most rows hold no tagged number and skip it.
  if (!text.includes(TAG)) return JSON.parse(text) as T;
  return JSON.parse(text, (_key, item: unknown) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
      const keys = Object.keys(item);
      const tagged = (item as Record<string, unknown>)[TAG];
      if (keys.length === 1 && typeof tagged === 'string') return Number(tagged);
    }
    return item;
  }) as T;
}
