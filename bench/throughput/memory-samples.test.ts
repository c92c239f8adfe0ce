import { describe, expect, it } from 'vitest';
import { MemorySamples } from './memory-samples.js';

describe('MemorySamples', () => {
  it('picks the sample at each tenth of the run and measures growth after the first tenth', () => {
    const m = new MemorySamples();
    // 100 generations of 10,000 executions; RSS starts at 300 MB and grows by 1 MB per generation after the 10th.
    for (let g = 1; g <= 100; g++) m.samples.push({ executions: g * 10_000, rssMb: 300 + Math.max(0, g - 10), heapMb: 30 });
    expect(m.tenths().map((s) => s.executions)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((t) => t * 100_000));
    expect(m.growthMbPerMillion()).toBeCloseTo(100, 6);
  });

  it('records the process peak when it samples', () => {
    const m = new MemorySamples();
    m.take(1);
    expect(m.peakRssMb()).toBeGreaterThan(m.samples[0].heapMb);
    expect(m.tenths()).toHaveLength(1);
    expect(m.growthMbPerMillion()).toBe(0);
  });
});
