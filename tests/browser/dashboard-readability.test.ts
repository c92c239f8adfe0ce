import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryFixtures } from '../../src/registry/registry-fixtures.js';
import { hasChromium, SKIP_MESSAGE } from './chromium.js';
import { dashboard, openNode, waitRendered } from './dashboard-page.js';
import { openLargeDashboard, type LargeDashboard } from './large-dashboard.js';

if (!hasChromium) console.warn(SKIP_MESSAGE);

const LONG_LINE = `export default (x: number): number => ${Array.from({ length: 60 }, (_, i) => `x * ${i}`).join(' + ')} + 424242;\n`;

// What the graph shows at its current zoom: the on-screen label size, whether labels are drawn, the page's hint.
const LABELS = `({ px: graph.cy.nodes()[0].pstyle('font-size').pfValue * graph.cy.zoom(), min: graph.cy.nodes()[0].pstyle('min-zoomed-font-size').pfValue,
  label: graph.cy.nodes()[0].pstyle('label').strValue, hint: !document.getElementById('label-hint').hidden })`;

describe.skipIf(!hasChromium)('dashboard readability', () => {
  let large: LargeDashboard;
  let page: Page;

  beforeAll(async () => {
    // Over 400 candidates: the large-graph mode (layered positions, no dagre), as a long run has.
    large = await openLargeDashboard(1_200, (registry) =>
      registry.addCandidate(registryFixtures.candidate('long-line-candidate', { directiveId: 'big', runId: 'r-big', cycle: 30, score: 0.995, code: LONG_LINE })),
    );
    page = large.page;
  }, 120_000);

  afterAll(async () => {
    await large?.close();
  });

  it('labels a large graph\'s nodes only at a readable size, and says to zoom in while they are too small', async () => {
    await page.goto(large.served.url);
    await waitRendered(page, 1);
    await page.check('#show-all');
    await waitRendered(page, 2);
    expect(await dashboard<boolean>(page, 'graph.cy.nodes().length > 400')).toBe(true);
    const fitted = await dashboard<{ px: number; min: number; label: string; hint: boolean }>(page, LABELS);
    expect(fitted.label).not.toBe('');
    expect(fitted.min).toBeGreaterThanOrEqual(9);
    // Fitted to the panel, a label would be a few pixels tall: it is not drawn, and the page says to zoom in.
    expect(fitted.px).toBeLessThan(fitted.min);
    expect(fitted.hint).toBe(true);
    await dashboard(page, `(graph.cy.zoom({ level: 1.5, renderedPosition: { x: 300, y: 200 } }), true)`);
    const zoomed = await dashboard<{ px: number; min: number; hint: boolean }>(page, LABELS);
    expect(zoomed.px).toBeGreaterThanOrEqual(zoomed.min);
    expect(zoomed.hint).toBe(false);
  }, 120_000);

  it('wraps a long code line in the detail column instead of cutting it off', async () => {
    await openNode(page, 'long-line-candidate');
    const code = await dashboard<{ text: string; scroll: number; client: number; right: number; column: number }>(
      page,
      `(() => { const pre = document.querySelector('#detail pre.code'); const column = document.getElementById('detail');
        return { text: pre.textContent, scroll: pre.scrollWidth, client: pre.clientWidth, right: pre.getBoundingClientRect().right, column: column.getBoundingClientRect().right }; })()`,
    );
    expect(code.text).toBe(LONG_LINE);
    expect(code.scroll).toBeLessThanOrEqual(code.client);
    expect(code.right).toBeLessThanOrEqual(code.column);
  });
});
