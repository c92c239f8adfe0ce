/** Encodes a candidate's return value as plain JSON data within about `maxBytes` (see encode-value.mjs). */
export function encodeValue(value: unknown, maxBytes: number): unknown;
