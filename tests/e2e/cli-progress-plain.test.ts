import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, workspaceWith } from '../support/cli.js';

// One figure-bearing line per cycle: directive | cycle | best | evals | execs | elapsed | left (wall time included).
const CYCLE_LINE = /^hash-of-string \| cycle (\d+) \| best -?\d+\.\d{4} \| evals \d+ \| execs [\d.]+M? \| elapsed \d+s \| left: \d+ cycles, [\d.]+M execs, (\d+)s wall$/;

/** The unsolvable fixture with a small offline engine, so that cycles are short. */
function smallGp(): string {
  const work = workspaceWith('hard');
  mkdirSync(join(work, 'config'));
  writeFileSync(join(work, 'config', 'forge_config.json'), JSON.stringify({ gp: { population: 50, generations_per_cycle: 2 } }));
  return work;
}

describe('progress when stderr is not a terminal', () => {
  it('prints one plain line per cycle, with the wall time left', () => {
    const result = cli(smallGp(), ['run', 'directive.json', '--engine', 'gp', '--seed', '1', '--cycles', '2', '--wall-seconds', '3600']);
    expect(result.status, result.stderr).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.includes(' | cycle '));
    const cycles = lines.map((line) => {
      const match = CYCLE_LINE.exec(line);
      expect(match, line).not.toBeNull();
      expect(Number(match?.[2])).toBeLessThanOrEqual(3600);
      expect(Number(match?.[2])).toBeGreaterThan(3000);
      return Number(match?.[1]);
    });
    // Every cycle is reported, in order, and nothing is drawn for a terminal.
    expect(cycles).toEqual([1, 2]);
    expect(result.stderr).not.toContain('\r');
  });

  it('stops a directive when --wall-seconds are used up', () => {
    const result = cli(smallGp(), ['run', 'directive.json', '--engine', 'gp', '--seed', '1', '--wall-seconds', '1']);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stdout).toMatch(/\(budget: wall-clock budget of 1 s used in cycle \d+; a time limit, so a run of the same seed may differ from that cycle on\)/);
  });

  it('refuses --wall-seconds 0', () => {
    const result = cli(workspaceWith('hard'), ['run', 'directive.json', '--wall-seconds', '0']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--wall-seconds must be at least 1');
  });
});
