import { describe, expect, it } from 'vitest';
import { isImportAllowed } from './is-import-allowed.js';

describe('isImportAllowed', () => {
  it('allows nothing by default', () => {
    expect(isImportAllowed('node:path', [])).toBe(false);
  });

  it('treats "node:x" and "x" as the same module', () => {
    expect(isImportAllowed('node:path', ['path'])).toBe(true);
    expect(isImportAllowed('path', ['node:path'])).toBe(true);
  });

  it('allows subpaths of a listed package but not of a dangerous module', () => {
    expect(isImportAllowed('lodash/fp', ['lodash'])).toBe(true);
    expect(isImportAllowed('lodashx', ['lodash'])).toBe(false);
    expect(isImportAllowed('node:fs/promises', ['fs'])).toBe(false);
    expect(isImportAllowed('fs/promises', ['node:fs/promises'])).toBe(true);
  });
});
