import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanForTokens } from './scan-for-tokens.js';

describe('scanForTokens', () => {
  it('finds the first file holding any of the tokens, in nested directories, skipping the given paths', () => {
    const root = mkdtempSync(join(tmpdir(), 'heph-scan-'));
    try {
      mkdirSync(join(root, 'a', 'b'), { recursive: true });
      writeFileSync(join(root, 'plain.txt'), 'nothing here');
      writeFileSync(join(root, 'decoy'), 'TOKEN-123');
      expect(scanForTokens(root, ['OTHER', 'TOKEN-123'], new Set([join(root, 'decoy')]))).toBeUndefined();
      writeFileSync(join(root, 'a', 'b', 'loot.bin'), Buffer.from([0, 1, ...Buffer.from('xxTOKEN-123xx')]));
      expect(scanForTokens(root, ['OTHER', 'TOKEN-123'], new Set([join(root, 'decoy')]))).toBe(join('a', 'b', 'loot.bin'));
      expect(scanForTokens(join(root, 'missing'), ['OTHER', 'TOKEN-123'], new Set())).toBeUndefined();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
