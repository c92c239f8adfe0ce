// HMAC-SHA-256 written over frozen JavaScript intrinsics only. The result channel's MACs are computed here rather
// than with node:crypto because a candidate can reach and patch node:crypto's Hmac prototypes, but not this module.

const U8 = Uint8Array;
const U32 = Uint32Array;
const I32 = Int32Array;
const floor = Math.floor;
const K = U32.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);
const INITIAL = U32.of(0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19);
const HEX = '0123456789abcdef';

/** UTF-8 bytes of a string (the same bytes Buffer.from(text) gives for well-formed text, which JSON always is). */
function utf8(text) {
  const out = new U8(text.length * 3);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    } else {
      out[n++] = 0xf0 | (c >> 18);
      out[n++] = 0x80 | ((c >> 12) & 63);
      out[n++] = 0x80 | ((c >> 6) & 63);
      out[n++] = 0x80 | (c & 63);
    }
  }
  return out.subarray(0, n);
}

function rotr(x, n) {
  return (x >>> n) | (x << (32 - n));
}

/** Absorbs every whole 64-byte block of `bytes` into `state`. */
function absorb(state, bytes, w) {
  for (let off = 0; off + 64 <= bytes.length; off += 64) {
    for (let t = 0; t < 16; t++) {
      const p = off + t * 4;
      w[t] = (bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3];
    }
    for (let t = 16; t < 64; t++) {
      const s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
      const s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    let a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
    for (let t = 0; t < 64; t++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    state[0] += a; state[1] += b; state[2] += c; state[3] += d; state[4] += e; state[5] += f; state[6] += g; state[7] += h;
  }
}

/** Finishes a hash whose state already absorbed `prefixBytes` bytes, over the remaining message bytes. */
function finish(startState, prefixBytes, message) {
  const state = U32.from(startState);
  const w = new I32(64);
  const whole = message.length - (message.length % 64);
  absorb(state, message.subarray(0, whole), w);
  const tail = new U8(message.length - whole < 56 ? 64 : 128);
  tail.set(message.subarray(whole));
  tail[message.length - whole] = 0x80;
  const bits = (prefixBytes + message.length) * 8;
  const end = tail.length;
  tail[end - 5] = floor(bits / 0x100000000) & 0xff;
  for (let i = 0; i < 4; i++) tail[end - 1 - i] = (bits >>> (8 * i)) & 0xff;
  absorb(state, tail, w);
  const out = new U8(32);
  for (let i = 0; i < 8; i++) for (let j = 0; j < 4; j++) out[i * 4 + j] = (state[i] >>> (24 - 8 * j)) & 0xff;
  return out;
}

/** Returns mac(text) -> hex HMAC-SHA-256 under `key` (at most 64 bytes), keeping only the padded-key states. */
export function createMac(key) {
  if (key.length > 64) throw new RangeError('HMAC key longer than one block');
  const w = new I32(64);
  const inner = U32.from(INITIAL);
  const outer = U32.from(INITIAL);
  const block = new U8(64);
  for (let i = 0; i < 64; i++) block[i] = (key[i] ?? 0) ^ 0x36;
  absorb(inner, block, w);
  for (let i = 0; i < 64; i++) block[i] = (key[i] ?? 0) ^ 0x5c;
  absorb(outer, block, w);
  return (text) => {
    const digest = finish(outer, 64, finish(inner, 64, utf8(text)));
    let hex = '';
    for (let i = 0; i < digest.length; i++) hex += HEX[digest[i] >> 4] + HEX[digest[i] & 15];
    return hex;
  };
}
