import { HephaestusError } from '../errors/hephaestus-error.js';
/** Refuses (exit 2, field `redis`) anything but a redis:// or rediss:// URL, naming it without whatever precedes an '@'. */
export function checkRedisUrl(url: string): void {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    // Reported below with the same message as a wrong scheme.
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    throw new HephaestusError('INVALID_INPUT', `--redis must be a redis:// or rediss:// URL, got "${url.replace(/^.*@/, '***@')}"`, { field: 'redis' });
  }
}
