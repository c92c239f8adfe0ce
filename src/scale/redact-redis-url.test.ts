import { describe, expect, it } from 'vitest';
import { checkRedisUrl } from './check-redis-url.js';
import { redactRedisUrl } from './redact-redis-url.js';

describe('redactRedisUrl', () => {
  it('hides the user and password of every Redis URL in a text, whatever the password holds', () => {
    expect(redactRedisUrl('on redis://:s3cret@10.0.0.5:6379/0 and rediss://app:p@ss:w0rd@cache:6380.')).toBe('on redis://***@10.0.0.5:6379/0 and rediss://***@cache:6380.');
    expect(redactRedisUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('refuses a URL that is not redis:// without echoing its password', () => {
    expect(() => checkRedisUrl('http://:hunter2@host')).toThrow('--redis must be a redis:// or rediss:// URL, got "***@host"');
    expect(() => checkRedisUrl('redis//:hunter2@host')).toThrow('got "***@host"');
    expect(() => checkRedisUrl('localhost:6379')).toThrow('got "localhost:6379"');
    expect(() => checkRedisUrl('redis://:hunter2@host:6379')).not.toThrow();
  });
});
