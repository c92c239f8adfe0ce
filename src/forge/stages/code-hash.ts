import { createHash } from 'node:crypto';

/** sha256 of a candidate's code: its identity for deduplication, the same for the loop and `eval`. */
export function codeHash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}
