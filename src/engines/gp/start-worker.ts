import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { WorkerOptions } from 'node:worker_threads';
import { Worker } from 'node:worker_threads';

/** Worker source that loads a TypeScript worker through tsx (when running from source rather than built JavaScript). */
function tsBootstrap(url: URL): string {
  const api = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  return `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}));`;
}

/** Starts a worker thread on a module of this folder, given as its `.ts` URL when running from source and `.js` when built. */
export function startWorker(url: URL, options: WorkerOptions): Worker {
  return url.pathname.endsWith('.ts') ? new Worker(tsBootstrap(url), { ...options, eval: true }) : new Worker(url, options);
}
