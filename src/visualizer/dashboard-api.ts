import { HephaestusError } from '../errors/hephaestus-error.js';
import type { Registry } from '../registry/registry.js';
import { candidateDetail } from './candidate-detail.js';
import { lineageView } from './lineage-view.js';
import { overviewView } from './overview-view.js';
import { progressView } from './progress-view.js';

/** How many events the events panel gets: the most recent ones. */
export const RECENT_EVENTS = 300;

/**
 * Answers the dashboard's JSON requests (`/api/...`) from the registry; undefined for a path that is not an API
 * route. Unknown ids are NOT_FOUND errors, which the server turns into 404s.
 */
export function dashboardApi(registry: Registry, url: URL): unknown {
  const param = (name: string): string => {
    const value = url.searchParams.get(name);
    if (!value) throw new HephaestusError('INVALID_INPUT', `missing query parameter "${name}"`);
    return value;
  };
  const directive = (): string => {
    const id = param('directive');
    if (!registry.getDirective(id)) throw new HephaestusError('NOT_FOUND', `no directive "${id}"`);
    return id;
  };
  switch (url.pathname) {
    case '/api/overview':
      return overviewView(registry);
    case '/api/lineage': {
      const top = url.searchParams.get('top');
      return lineageView(registry, directive(), top && /^\d+$/.test(top) ? Number(top) : undefined);
    }
    case '/api/progress':
      return progressView(registry, directive());
    case '/api/events':
      return registry.listEvents({ directiveId: url.searchParams.get('directive') ?? undefined, limit: RECENT_EVENTS });
    case '/api/candidate': {
      const detail = candidateDetail(registry, param('id'));
      if (!detail) throw new HephaestusError('NOT_FOUND', `no candidate "${url.searchParams.get('id')}"`);
      return detail;
    }
    default:
      return undefined;
  }
}
