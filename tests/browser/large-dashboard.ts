import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openRegistry } from '../../src/registry/open-registry.js';
import type { Registry } from '../../src/registry/registry.js';
import { startDashboard, type Dashboard } from '../../src/visualizer/dashboard-server.js';
import { launchChromium } from './chromium.js';
import { largeRegistry } from './large-registry.js';

/** A dashboard served over a large registry (see largeRegistry), a chromium page to open it, and how to close it all. */
export interface LargeDashboard {
  registry: Registry;
  served: Dashboard;
  page: Page;
  close(): Promise<void>;
}

/** Serves the dashboard over a registry of `count` candidates, after `prepare` added what a test needs to it. */
export async function openLargeDashboard(count: number, prepare: (registry: Registry) => void = () => undefined): Promise<LargeDashboard> {
  const work = largeRegistry(count);
  const registry = openRegistry(work);
  prepare(registry);
  const served = await startDashboard({ registry });
  const browser = await launchChromium();
  const page = await browser.context.newPage();
  return {
    registry,
    served,
    page,
    close: async () => {
      await browser.close();
      await served.close();
      registry.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
