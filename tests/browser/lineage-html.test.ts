import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryFixtures } from '../../src/registry/registry-fixtures.js';
import type { CandidateRecord } from '../../src/registry/records.js';
import { lineageHtml } from '../../src/visualizer/lineage-html.js';
import { hasChromium, launchChromium, SKIP_MESSAGE } from './chromium.js';

if (!hasChromium) console.warn(SKIP_MESSAGE);

/** A lineage of `layers` generations of `width` candidates, each child of one or two candidates of the layer above. */
function lineage(layers: number, width: number): { nodes: CandidateRecord[]; edges: { parent: string; child: string }[] } {
  const nodes: CandidateRecord[] = [];
  const edges: { parent: string; child: string }[] = [];
  for (let layer = 0; layer < layers; layer += 1) {
    for (let i = 0; i < width; i += 1) {
      const parents = layer === 0 ? [] : [...new Set([`c${layer - 1}x${i}`, `c${layer - 1}x${(i + 1) % width}`])];
      const id = `c${layer}x${i}${'f'.repeat(12)}`.slice(0, 16);
      nodes.push(registryFixtures.candidate(id, { parents: parents.map((p) => nodes.find((n) => n.id.startsWith(p))?.id ?? p), score: (layer * width + i) / (layers * width), cycle: layer }));
      for (const parent of parents) edges.push({ parent: nodes.find((n) => n.id.startsWith(parent))?.id ?? parent, child: id });
    }
  }
  return { nodes, edges };
}

/** Where the page draws things: the graph box, the drawing, and every label's box, in page coordinates. */
async function measure(page: Page): Promise<{ body: number; box: DOMRectLike; svg: DOMRectLike; labels: (DOMRectLike & { text: string })[]; clipped: boolean }> {
  return page.evaluate(`(() => {
    const rect = (e) => { const r = e.getBoundingClientRect(); return { left: r.left + scrollX, right: r.right + scrollX, top: r.top + scrollY, bottom: r.bottom + scrollY }; };
    const graph = document.querySelector('.graph');
    return { body: document.body.clientWidth, box: rect(graph), svg: rect(graph.querySelector('svg')),
      labels: [...graph.querySelectorAll('.candidate text')].map((t) => ({ ...rect(t), text: t.textContent })),
      clipped: graph.scrollHeight > graph.clientHeight + 1 };
  })()`);
}

interface DOMRectLike {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

describe.skipIf(!hasChromium)('the standalone lineage page in chromium', () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('labels every node with its id prefix and score, spreads a small lineage over the width and cuts nothing off', async () => {
    const small = lineage(3, 4);
    await page.setContent(lineageHtml({ directiveId: 'd', goal: 'g' }, small));
    const { body, box, svg, labels, clipped } = await measure(page);
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(small.nodes.flatMap((n) => [n.id.slice(0, 8), n.score.toFixed(4)])));
    expect(box.right - box.left).toBeGreaterThan(body * 0.95);
    // Centred and spread: not packed at the left, and using most of the 1400-pixel page.
    expect(Math.abs(svg.left - box.left - (box.right - svg.right))).toBeLessThan(4);
    expect(svg.right - svg.left).toBeGreaterThan(900);
    expect(clipped).toBe(false);
    for (const label of labels) {
      expect(label.top).toBeGreaterThanOrEqual(svg.top);
      expect(label.bottom).toBeLessThanOrEqual(svg.bottom);
      expect(label.left).toBeGreaterThanOrEqual(svg.left);
      expect(label.right).toBeLessThanOrEqual(svg.right);
    }
  });

  it('keeps labels apart on a wide lineage, which scrolls sideways rather than shrinking or clipping', async () => {
    await page.setContent(lineageHtml({ directiveId: 'd', goal: 'g' }, lineage(8, 40)));
    const { labels, clipped, svg, box } = await measure(page);
    expect(clipped).toBe(false);
    expect(svg.right - svg.left).toBeGreaterThan(box.right - box.left);
    const ids = labels.filter((l) => /^c\d/.test(l.text)).sort((a, b) => a.top - b.top || a.left - b.left);
    expect(ids).toHaveLength(8 * 40);
    for (let i = 1; i < ids.length; i += 1) if (Math.abs(ids[i].top - ids[i - 1].top) < 1) expect(ids[i].left).toBeGreaterThan(ids[i - 1].right);
    for (const label of labels) expect(label.bottom).toBeLessThanOrEqual(svg.bottom);
  });
});
