import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanForToken } from './scan-for-token.js';

describe('scanForToken', () => {
  it('finds the first file holding the token, in nested directories, skipping the given paths', () => {
    const root = mkdtempSync(join(tmpdir(), 'heph-scan-'));
    try {
      mkdirSync(join(root, 'a', 'b'), { recursive: true });
      writeFileSync(join(root, 'plain.txt'), 'nothing here');
      writeFileSync(join(root, 'decoy'), 'TOKEN-123');
      expect(scanForToken(root, 'TOKEN-123', new Set([join(root, 'decoy')]))).toBeUndefined();
      writeFileSync(join(root, 'a', 'b', 'loot.bin'), Buffer.from([0, 1, ...Buffer.from('xxTOKEN-123xx')]));
      expect(scanForToken(root, 'TOKEN-123', new Set([join(root, 'decoy')]))).toBe(join('a', 'b', 'loot.bin'));
      expect(scanForToken(join(root, 'missing'), 'TOKEN-123', new Set())).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
