import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium, installed by .ci/run; playwright-core drives it and never downloads a browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';

/** True when the browser tests can run; they are skipped, saying why, when it is false. */
export const hasChromium = existsSync(CHROMIUM);

/** Why the browser tests were skipped, printed once per file. */
export const SKIP_MESSAGE = `browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium; .ci/run installs it)`;

/**
 * A headless chromium with a fresh profile (a new --user-data-dir, which playwright takes as the persistent context's
 * directory) and no background network; `close` also removes the profile.
 */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'heph-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
