import { Redis } from 'ioredis';
import { checkRedisUrl } from './check-redis-url.js';

/**
 * A connection to the Redis a controller and its workers share. Commands wait through an outage instead of failing
 * (BullMQ needs `maxRetriesPerRequest: null`), and reconnects back off to at most a second, so a restarted Redis only
 * pauses the run.
 */
export function redisConnection(url: string): Redis {
  checkRedisUrl(url);
  const redis = new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, retryStrategy: (times) => Math.min(50 * times, 1000) });
  // Errors while Redis is away are expected (the client reconnects); without a listener ioredis prints each one.
  redis.on('error', () => undefined);
  return redis;
}
