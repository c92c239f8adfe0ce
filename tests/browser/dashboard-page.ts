import type { ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { cliAsync } from '../support/cli.js';

/** `hephaestus serve --port 0` started in a work directory, with the URL it printed. */
export async function serveCli(workDir: string): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const served = cliAsync(workDir, ['serve', '--port', '0']);
  const url = await new Promise<string>((resolve, reject) => {
    let seen = '';
    served.child.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /dashboard at (http:\/\/\S+)/.exec(seen);
      if (match) resolve(match[1]);
    });
    served.done.then((result) => reject(new Error(`serve exited ${result.status}: ${result.stderr}`)));
  });
  return {
    url,
    child: served.child,
    stop: async () => {
      served.child.kill('SIGTERM');
      await served.done;
    },
  };
}

// Page-side code is passed as strings: the tests' TypeScript has no DOM types, the page has no TypeScript.

/** Evaluates an expression over the dashboard's state (`window.hephaestusDashboard`: { state, graph }, see app.js). */
export function dashboard<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate<T>(`(({ state, graph }) => (${expression}))(window.hephaestusDashboard)`);
}

/** Waits until the dashboard has drawn its n-th graph (the first directive, then each one opened). */
export async function waitRendered(page: Page, renders: number, timeout = 60_000): Promise<void> {
  await page.waitForFunction(`Number(document.body.dataset.rendered ?? 0) >= ${renders}`, undefined, { timeout });
}

/** The ids of the candidates the graph draws. */
export function graphNodeIds(page: Page): Promise<string[]> {
  return dashboard<string[]>(page, 'graph.cy.nodes().map((n) => n.id())');
}

/**
 * Clicks a candidate's node with the mouse where cytoscape drew it (centred first, so that it is in view) and waits
 * for its detail; clicks again if a live re-layout moved the node between measuring and clicking.
 */
export async function openNode(page: Page, id: string, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const at = await dashboard<{ x: number; y: number }>(
      page,
      `(() => { const node = graph.cy.getElementById(${JSON.stringify(id)}); graph.cy.center(node);
        const box = graph.cy.container().getBoundingClientRect(); const p = node.renderedPosition();
        return { x: box.left + p.x, y: box.top + p.y }; })()`,
    );
    await page.mouse.click(at.x, at.y);
    try {
      await page.waitForSelector(`#detail[data-candidate="${id}"]`, { timeout: 3000 });
      return;
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}
