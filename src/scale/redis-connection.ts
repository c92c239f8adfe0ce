import { Redis } from 'ioredis';
import { checkRedisUrl } from './check-redis-url.js';
import { redactRedisUrl } from './redact-redis-url.js';

/**
 * A connection to the Redis a controller and its workers share. Commands wait through an outage instead of failing
 * (BullMQ needs `maxRetriesPerRequest: null`), and reconnects back off to at most a second, so a restarted Redis only
 * pauses the run. `log` hears of each outage once (redacted), and of its end.
 */
export function redisConnection(url: string, log?: (line: string) => void): Redis {
  checkRedisUrl(url);
  const redis = new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, retryStrategy: (times) => Math.min(50 * times, 1000) });
  // Errors while Redis is away are expected (the client reconnects): one line per outage, not one per retry.
  let away = false;
  redis.on('error', (error: Error) => {
    if (!away) log?.(`Redis ${redactRedisUrl(url)} unreachable, waiting: ${redactRedisUrl(error.message)}`);
    away = true;
  });
  redis.on('ready', () => {
    if (away) log?.(`Redis ${redactRedisUrl(url)} is back`);
    away = false;
  });
  return redis;
}
