/** Returns mac(text) -> hex HMAC-SHA-256 under `key` (see hmac-sha256.mjs). */
export function createMac(key: Uint8Array): (text: string) => string;
