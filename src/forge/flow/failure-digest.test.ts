import { describe, expect, it } from 'vitest';
import { FailureDigest } from './failure-digest.js';

describe('FailureDigest', () => {
  it('shows each cause the first time, whatever its attempt count, and counts repeats until flushed', () => {
    const digest = new FailureDigest();
    expect(digest.note('LLM call failed: timed out after 500 ms (after 3 attempts)')).toBe('LLM call failed: timed out after 500 ms (after 3 attempts)');
    expect(digest.note('LLM call failed: timed out after 500 ms (after 4 attempts)')).toBeUndefined();
    expect(digest.note('LLM call failed: HTTP 401: bad key')).toBe('LLM call failed: HTTP 401: bad key');
    expect(digest.note('LLM call failed: timed out after 500 ms')).toBeUndefined();
    expect(digest.flush()).toEqual(['repeated 2 more time(s): LLM call failed: timed out after 500 ms']);
    expect(digest.flush()).toEqual([]);
    expect(digest.note('LLM call failed: HTTP 401: bad key')).toBeUndefined();
    expect(digest.flush()).toEqual(['repeated 1 more time(s): LLM call failed: HTTP 401: bad key']);
  });

  it('counts causes past the tenth distinct one together, so varying messages cannot flood the console', () => {
    const digest = new FailureDigest();
    const shown = Array.from({ length: 14 }, (_, i) => digest.note(`malformed reply ${i}`)).filter((line) => line !== undefined);
    expect(shown).toHaveLength(10);
    expect(digest.flush()).toEqual(['4 more failure(s) of other causes']);
  });
});
