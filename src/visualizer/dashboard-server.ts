import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HephaestusError } from '../errors/hephaestus-error.js';
import type { Registry } from '../registry/registry.js';
import { dashboardApi } from './dashboard-api.js';
import { createLiveFeed } from './live-feed.js';
import { staticFile } from './static-files.js';

/** Where and what the dashboard serves. */
export interface DashboardOptions {
  registry: Registry;
  /** 127.0.0.1 unless told otherwise: the registry holds code and prompts, not for the whole network. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** How often the live feed polls the registry. */
  pollMs?: number;
}

/** A running dashboard. */
export interface Dashboard {
  url: string;
  close(): Promise<void>;
}

/** Starts the dashboard's HTTP server (node:http: a handful of routes need no framework); resolves once listening. */
export async function startDashboard(options: DashboardOptions): Promise<Dashboard> {
  const { registry } = options;
  const feed = createLiveFeed(registry, options.pollMs ?? 500);
  const server = createServer((request, response) => handle(request, response));
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://dashboard');
    if (request.method !== 'GET') return reply(response, 405, 'text/plain', 'only GET');
    if (url.pathname === '/events') return feed.attach(response);
    try {
      const body = dashboardApi(registry, url);
      if (body !== undefined) return reply(response, 200, 'application/json', JSON.stringify(body));
    } catch (error) {
      const status = HephaestusError.isInstance(error) ? (error.code === 'NOT_FOUND' ? 404 : error.code === 'INVALID_INPUT' ? 400 : 500) : 500;
      return reply(response, status, 'application/json', JSON.stringify({ error: (error as Error).message }));
    }
    const file = staticFile(url.pathname);
    if (!file) return reply(response, 404, 'text/plain', 'not found');
    response.writeHead(200, { 'content-type': `${file.type}; charset=utf-8`, 'cache-control': 'no-cache' });
    createReadStream(file.path)
      .on('error', () => response.destroy())
      .pipe(response);
  };
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}/`,
    close: async () => {
      feed.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function reply(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-cache' });
  response.end(body);
}
