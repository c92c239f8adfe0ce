import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openRegistry } from '../../src/registry/open-registry.js';
import type { CandidateRecord } from '../../src/registry/records.js';
import { cli, cliAsync, workspaceWith } from '../support/cli.js';
import { hasChromium, launchChromium, SKIP_MESSAGE } from './chromium.js';
import { dashboard, graphNodeIds, openNode, serveCli, waitRendered } from './dashboard-page.js';

if (!hasChromium) console.warn(SKIP_MESSAGE);

function candidates(work: string, directiveId: string): CandidateRecord[] {
  const registry = openRegistry(work);
  try {
    return registry.listCandidates({ directiveId });
  } finally {
    registry.close();
  }
}

// One work directory through the whole file, as a user would have it: a finished offline run, then a second run
// watched live while the dashboard is open, then a standalone lineage file.
describe.skipIf(!hasChromium)('dashboard in chromium over a real offline run', () => {
  let work: string;
  let served: Awaited<ReturnType<typeof serveCli>>;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;

  beforeAll(async () => {
    work = workspaceWith('abs-diff');
    const run = cli(work, ['run', 'directive.json', '--engine', 'gp', '--seed', '1']);
    expect(run.status, run.stderr).toBe(0);
    served = await serveCli(work);
    browser = await launchChromium();
    page = await browser.context.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('draws every candidate and shows a clicked one\'s code', async () => {
    const stored = candidates(work, 'abs-diff');
    await page.goto(served.url);
    await waitRendered(page, 1);
    expect((await graphNodeIds(page)).sort()).toEqual(stored.map((c) => c.id).sort());
    expect(await page.textContent('#graph-count')).toBe(`${stored.length} of ${stored.length} candidates shown`);
    await openNode(page, stored[0].id);
    expect(await page.textContent('#detail pre.code')).toBe(stored[0].code);
    expect(await page.textContent('#detail')).toContain(stored[0].operator);
  });

  it('receives candidates live while a run goes, shows a child\'s diff, and the stop', async () => {
    cpSync(resolve('tests/fixtures/hard'), join(work, 'hard'), { recursive: true });
    mkdirSync(join(work, 'config'), { recursive: true });
    const config = { gp: { population: 60, generations_per_cycle: 1 }, loop: { stagnation_cycles: 1000 }, safety: { flag_poll_seconds: 0.2 } };
    writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify(config));
    const run = cliAsync(work, ['run', 'hard/directive.json', '--engine', 'gp', '--seed', '2']);
    try {
      await page.waitForSelector('[data-directive="hash-of-string"]', { timeout: 90_000 });
      await page.click('[data-directive="hash-of-string"]');
      await waitRendered(page, 2);
      const drawn = await dashboard<number>(page, 'state.shown');
      // Several pushes, not just one: the graph keeps growing while the run goes.
      await page.waitForFunction(`window.hephaestusDashboard.state.shown >= ${drawn + 4}`, undefined, { timeout: 120_000 });
      expect(await dashboard<number>(page, 'state.liveCandidates')).toBeGreaterThan(0);
      const childExpr = `graph.cy.nodes().filter((n) => n.data('parents').length > 0 && n.data('parents').every((p) => graph.cy.getElementById(p).nonempty())).map((n) => n.id())[0] ?? null`;
      await page.waitForFunction(`(({ graph }) => ${childExpr})(window.hephaestusDashboard)`, undefined, { timeout: 90_000 });
      const childId = (await dashboard<string>(page, childExpr)) as string;
      await openNode(page, childId);
      const child = candidates(work, 'hash-of-string').find((c) => c.id === childId) as CandidateRecord;
      expect(await page.textContent('#detail pre.code')).toBe(child.code);
      const diffs = await page.$$eval('#detail pre.diff', (pres) => pres.map((pre) => pre.textContent ?? ''));
      expect(diffs).toHaveLength(child.parents.length);
      expect(diffs[0]).toContain(`--- ${child.parents[0]}`);
      expect(diffs[0]).toContain(`+++ ${childId}`);
      await page.screenshot({ path: process.env.UPDATE_SCREENSHOT ? resolve('docs/dashboard.png') : join(tmpdir(), 'heph-dashboard.png') });
    } finally {
      expect(cli(work, ['stop', '--reason', 'browser test']).status).toBe(0);
    }
    const result = await run.done;
    expect(result.status, result.stderr).toBe(5);
    await page.waitForSelector('#stops [data-stop="emergency-flag"]', { timeout: 30_000 });
  }, 240_000);

  it('exports a standalone html lineage that chromium renders from file:// with no network', async () => {
    const lineage = cli(work, ['lineage', 'hash-of-string', '--format', 'html']);
    expect(lineage.status, lineage.stderr).toBe(0);
    const file = join(work, 'lineage.html');
    writeFileSync(file, lineage.stdout);
    const offPage = await browser.context.newPage();
    const requests: string[] = [];
    offPage.on('request', (request) => requests.push(request.url()));
    await offPage.goto(`file://${file}`);
    const drawn = await offPage.$$eval('svg.lineage g.candidate', (nodes) => nodes.map((n) => n.getAttribute('data-id')));
    expect(drawn.sort()).toEqual(candidates(work, 'hash-of-string').map((c) => c.id).sort());
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
    await offPage.close();
  });
});
