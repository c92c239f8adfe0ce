import type { ServerResponse } from 'node:http';
import type { Registry } from '../registry/registry.js';
import { lineageNode } from './lineage-node.js';
import { overviewView } from './overview-view.js';

/** Server-sent events to every open dashboard: new candidates, new events, and the overview when anything changed. */
export interface LiveFeed {
  /** Keeps a response open as an event stream until the client goes away. */
  attach(response: ServerResponse): void;
  /** Checks the registry once; the feed also does this on its own timer. */
  poll(): void;
  close(): void;
}

// Pages keep one push small enough to parse in a frame even when a fast engine registers thousands at once.
const PAGE = 2000;

/**
 * Starts polling the registry every `intervalMs` (the forge writes from another process, so polling the WAL database
 * is the simplest change feed) and pushes what is new. Cursors start at the current end: pages load the state first.
 */
export function createLiveFeed(registry: Registry, intervalMs = 500): LiveFeed {
  const clients = new Set<ServerResponse>();
  let lastSeq = 0;
  for (let page = registry.candidatesSince(0, { limit: PAGE }); page.candidates.length > 0; page = registry.candidatesSince(lastSeq, { limit: PAGE })) {
    lastSeq = page.lastSeq;
  }
  let lastEventId = registry.listEvents({ limit: 1 }).at(-1)?.id ?? 0;
  let lastShape = '';
  const send = (name: string, data: unknown): void => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const client of clients) client.write(frame);
  };
  const poll = (): void => {
    try {
      const feed = registry.candidatesSince(lastSeq, { limit: PAGE });
      lastSeq = feed.lastSeq;
      if (feed.candidates.length > 0) send('candidates', feed.candidates.map((c) => ({ ...lineageNode(c, false), directiveId: c.directiveId })));
      const events = registry.listEvents({ afterId: lastEventId, limit: PAGE });
      lastEventId = events.at(-1)?.id ?? lastEventId;
      if (events.length > 0) send('events', events);
      const overview = overviewView(registry);
      const shape = JSON.stringify(overview);
      if (shape !== lastShape) send('overview', overview);
      lastShape = shape;
    } catch (error) {
      // A busy or briefly locked database is retried on the next tick; the page shows why it is behind meanwhile.
      send('problem', { message: (error as Error).message });
    }
  };
  const timer = setInterval(() => {
    if (clients.size > 0) poll();
  }, intervalMs);
  return {
    attach(response) {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      response.write('retry: 1000\n\n');
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    poll,
    close() {
      clearInterval(timer);
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
