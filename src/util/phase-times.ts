import { existsSync, readFileSync, writeSync } from 'node:fs';

/** One phase's accumulated cost: wall and process CPU milliseconds (all threads of this process), calls, and the first call's share (one-time costs). */
interface PhaseCost {
  wallMs: number;
  cpuMs: number;
  calls: number;
  firstWallMs: number;
  firstCpuMs: number;
}

/** Set to anything to have `timePhase` accumulate costs and print them to stderr when the process exits. */
const ENV = 'HEPHAESTUS_PHASE_TIMES';
const costs = new Map<string, PhaseCost>();
let reporting = false;

/** The table printed at exit: one line per phase, in the order the phases first ran. */
function report(): void {
  const ms = (n: number): string => n.toFixed(0);
  const lines = [...costs].map(([name, c]) => [name, c.calls, ms(c.wallMs), ms(c.cpuMs), ms(c.firstWallMs), ms(c.firstCpuMs)].join('\t'));
  // Fields 14-17 of /proc/self/stat: this process's user and system ticks, then its waited-for children's (the sandboxes).
  // Linux only (ticks of 10 ms); elsewhere the totals are left out.
  const stat = existsSync('/proc/self/stat') ? readFileSync('/proc/self/stat', 'utf8') : undefined;
  const ticks = stat?.split(') ')[1].split(' ').slice(11, 15).map(Number) ?? [];
  if (ticks.length === 4) lines.push(['process (all threads)', 1, '', ms((ticks[0] + ticks[1]) * 10)].join('\t'), ['child processes', 1, '', ms((ticks[2] + ticks[3]) * 10)].join('\t'));
  writeSync(2, `phase\tcalls\twall_ms\tcpu_ms\tfirst_wall_ms\tfirst_cpu_ms\n${lines.join('\n')}\n`);
}

/**
 * Runs `work` and, when HEPHAESTUS_PHASE_TIMES is set, adds its wall and process CPU time to the phase `name` (phases may
 * nest: an outer phase includes its inner ones). Used to see where a forge cycle's fixed costs go; free when unset.
 */
export async function timePhase<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  if (process.env[ENV] === undefined) return work();
  if (!reporting) {
    reporting = true;
    process.once('exit', report);
  }
  const wall = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await work();
  } finally {
    const used = process.cpuUsage(cpu);
    const wallMs = performance.now() - wall;
    const cpuMs = (used.user + used.system) / 1000;
    const cost = costs.get(name) ?? { wallMs: 0, cpuMs: 0, calls: 0, firstWallMs: wallMs, firstCpuMs: cpuMs };
    cost.wallMs += wallMs;
    cost.cpuMs += cpuMs;
    cost.calls += 1;
    costs.set(name, cost);
  }
}
