import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-secrets.js';

describe('redactSecrets', () => {
  it('hides credentials in URLs, secret query parameters, bearer tokens and key-shaped strings', () => {
    expect(redactSecrets('connect to https://alice:hunter2@llm.example.com/v1 failed')).toBe('connect to https://***@llm.example.com/v1 failed');
    expect(redactSecrets('GET https://api.example.com/v1/models?key=AIzaSyA1234567890abcdefghij&x=1')).toBe('GET https://api.example.com/v1/models?key=***&x=1');
    expect(redactSecrets('header Authorization: Bearer abc.def-ghi')).toBe('header Authorization: Bearer ***');
    expect(redactSecrets('Incorrect API key provided: sk-proj-abcdefghijkl.')).toBe('Incorrect API key provided: ***.');
  });

  it('hides given secret values wherever they occur, but not short ones that would blank words', () => {
    expect(redactSecrets('key local-secret-value rejected (local-secret-value)', ['local-secret-value'])).toBe('key *** rejected (***)');
    expect(redactSecrets('the model said no', ['no'])).toBe('the model said no');
  });

  it('leaves ordinary messages alone', () => {
    const text = 'connection error: Cannot connect to API: connect ECONNREFUSED 127.0.0.1:9';
    expect(redactSecrets(text)).toBe(text);
  });
});
