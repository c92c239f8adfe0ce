import { describe, expect, it } from 'vitest';
import { inParallel } from '../hostile/hostile-workspace.js';
import { checkMalformed, corpusCases } from './malformed-check.js';
import { MALFORMED_TABLE } from './malformed-table.js';

// Every malformed input through `hephaestus eval`: exit 2, one line naming file and field, nothing written.
describe('malformed inputs through eval', () => {
  const cases = MALFORMED_TABLE.filter((item) => (item.commands ?? ['run', 'eval']).includes('eval'));

  it('covers every corpus folder with one table line, at least 30', () => {
    expect(MALFORMED_TABLE.map((item) => item.case).sort()).toEqual(corpusCases());
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it('rejects each with exit 2 and one message naming the file and field', async () => {
    await inParallel(cases, 3, (item) => checkMalformed(item, 'eval'));
  }, 180_000);
});
