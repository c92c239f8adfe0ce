import { describe, expect, it } from 'vitest';
import { cliAsync, workspaceWith } from '../support/cli.js';

describe('hephaestus output into a closed pipe', () => {
  it('exits quietly when the reader has gone (as in `hephaestus status | head -3`)', async () => {
    const { child, done } = cliAsync(workspaceWith('abs-diff'), ['status']);
    // Closing our end before the CLI writes makes its write fail with EPIPE, as when `head` has read enough.
    child.stdout?.destroy();
    const result = await done;
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(result.status).toBe(0);
  });

  it('keeps its exit code when stderr is closed too', async () => {
    const { child, done } = cliAsync(workspaceWith('abs-diff'), ['lineage', 'abs-diff']);
    child.stdout?.destroy();
    child.stderr?.destroy();
    expect((await done).status).toBe(3);
  });
});
