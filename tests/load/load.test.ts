import { describe, expect, it } from 'vitest';
import { runLoad } from './run-load.js';

// The small version of bench/load.ts: 60 candidates of every kind through the sandbox, two at a time.
describe('sandboxed test stage under load', () => {
  it('evaluates 60 candidates with no leaked process, temp dir or file descriptor', async () => {
    const report = await runLoad(60, 2);
    expect(Object.values(report.byStatus).reduce((a, b) => a + b, 0)).toBe(60);
    expect(report.byKind.correct).toEqual({ passed: report.byKind.correct.passed });
    expect(report.byStatus.timeout).toBeGreaterThan(0);
    expect(report.after.descendants.filter((pid) => !report.before.descendants.includes(pid))).toEqual([]);
    expect(report.after.tempEntries).toEqual([]);
    expect(report.after.fds).toBeLessThanOrEqual(report.before.fds);
  }, 300_000);
});
