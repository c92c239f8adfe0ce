import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

// js-yaml (a pinned dev dependency) parses the documented compose file as real YAML.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface Service {
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: string[];
  deploy?: { replicas?: number };
  security_opt?: string[];
}

const doc = readFileSync('docs/scale-out.md', 'utf8');
const block = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
const compose = yaml.load(block) as { services: Record<string, Service> };

describe('the docker-compose example of docs/scale-out.md', () => {
  it('is YAML with Redis (password, append-only), a controller and replicated workers', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['controller', 'redis', 'worker']);
    const { redis, controller, worker } = compose.services;
    expect(redis.command).toEqual(expect.arrayContaining(['--appendonly', 'yes', '--requirepass', '${REDIS_PASSWORD:?set REDIS_PASSWORD}']));
    expect(controller.depends_on).toContain('redis');
    expect(worker.depends_on).toContain('redis');
    expect(worker.deploy?.replicas).toBeGreaterThanOrEqual(2);
  });

  it('runs commands the CLI has, and gives the workers no API key', () => {
    const { controller, worker } = compose.services;
    const url = 'redis://:${REDIS_PASSWORD}@redis:6379';
    expect(controller.command?.slice(0, 3)).toEqual(['node', 'bin/hephaestus.mjs', 'run']);
    expect(controller.command).toEqual(expect.arrayContaining(['--redis', url]));
    expect(worker.command?.slice(0, 3)).toEqual(['node', 'bin/hephaestus.mjs', 'worker']);
    expect(worker.command).toEqual(expect.arrayContaining(['--redis', url, '--concurrency']));
    expect(Object.keys(worker.environment ?? {}).filter((name) => /KEY|TOKEN|SECRET/i.test(name))).toEqual([]);
    const help = cli('.', ['worker', '--help']).stdout;
    for (const flag of worker.command?.filter((word) => word.startsWith('--')) ?? []) expect(help).toContain(flag);
    const runHelp = cli('.', ['run', '--help']).stdout;
    for (const flag of controller.command?.filter((word) => word.startsWith('--')) ?? []) expect(runHelp).toContain(flag);
  });
});
