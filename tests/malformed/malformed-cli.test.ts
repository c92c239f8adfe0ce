import { describe, expect, it } from 'vitest';
import { inParallel } from '../support/in-parallel.js';
import { checkMalformed, corpusCases } from './malformed-check.js';
import { MALFORMED_TABLE } from './malformed-table.js';

// Every malformed input through the real CLI, `run` and `eval` taking turns (one CLI start costs seconds on a busy
// machine); malformed-in-process.test.ts puts every case through both commands' validation in-process.
describe('malformed inputs through the CLI', () => {
  it('covers every corpus folder with one table line, at least 30', () => {
    expect(MALFORMED_TABLE.map((item) => item.case).sort()).toEqual(corpusCases());
    expect(MALFORMED_TABLE.length).toBeGreaterThanOrEqual(30);
  });

  it('rejects each with exit 2 and one line naming the file and field, no stack trace, nothing written', async () => {
    const jobs = MALFORMED_TABLE.map((item, index) => {
      const commands = item.commands ?? ['run', 'eval'];
      return { item, command: commands[index % commands.length] };
    });
    await inParallel(jobs, 3, ({ item, command }) => checkMalformed(item, command));
  }, 600_000);
});
