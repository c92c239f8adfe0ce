/**
 * A 53-bit hash of a string (cyrb53, public domain, bryc/code on GitHub): two 32-bit multiply-xorshift lanes mixed at
 * the end, held exactly in a double. A Set of these stands for a set of long texts at ~40 bytes each; with a million
 * texts the chance that any two collide is about 1 in 10^4, and a collision here only drops one of two behaviours.
 */
export function textHash(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
