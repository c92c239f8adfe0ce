import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file the dashboard serves as is, with its content type. */
export interface StaticFile {
  path: string;
  type: string;
}

const CLIENT_DIR = fileURLToPath(new URL('./client/', import.meta.url));
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };
const require = createRequire(import.meta.url);

// The graph library is served from node_modules: the dashboard works with no network at all.
const VENDOR: Record<string, string> = {
  '/vendor/cytoscape.mjs': join(dirname(require.resolve('cytoscape')), 'cytoscape.esm.min.mjs'),
  '/vendor/cytoscape-dagre.mjs': join(dirname(require.resolve('cytoscape-dagre')), 'cytoscape-dagre.min.mjs'),
};

/** Maps a request path to a client file or a vendored library; undefined for anything else (no path traversal). */
export function staticFile(pathname: string): StaticFile | undefined {
  if (pathname === '/') return { path: join(CLIENT_DIR, 'index.html'), type: TYPES['.html'] };
  if (VENDOR[pathname]) return { path: VENDOR[pathname], type: TYPES['.mjs'] };
  const match = /^\/client\/([a-z0-9-]+(\.js|\.css))$/.exec(pathname);
  if (!match) return undefined;
  return { path: join(CLIENT_DIR, match[1]), type: TYPES[match[2]] };
}
