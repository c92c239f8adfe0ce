import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkEmergencyFlag, watchEmergencyFlag } from './emergency-flag.js';
import { runKillHook } from './kill-hook.js';
import { installSignalHandlers } from './signal-handlers.js';
import { StopController } from './stop-controller.js';

const dir = (): string => mkdtempSync(join(tmpdir(), 'heph-kill-'));

describe('StopController', () => {
  it('keeps the first request and aborts its signal', () => {
    const stop = new StopController();
    expect(stop.signal.aborted).toBe(false);
    stop.requestStop('signal', 'SIGINT');
    stop.requestStop('budget', 'later');
    expect(stop.requested).toEqual({ reason: 'signal', detail: 'SIGINT' });
    expect(stop.signal.aborted).toBe(true);
  });
});

describe('emergency flag', () => {
  it('requests a stop only when the file exists', () => {
    const work = dir();
    const stop = new StopController();
    expect(checkEmergencyFlag(work, 'emergency_stop.flag', stop)).toBe(false);
    writeFileSync(join(work, 'emergency_stop.flag'), '');
    expect(checkEmergencyFlag(work, 'emergency_stop.flag', stop)).toBe(true);
    expect(stop.requested?.reason).toBe('emergency-flag');
  });

  it('is noticed by the watcher within its poll interval', async () => {
    const work = dir();
    const stop = new StopController();
    const unwatch = watchEmergencyFlag(work, 'emergency_stop.flag', 0.05, stop);
    writeFileSync(join(work, 'emergency_stop.flag'), '');
    await new Promise((resolve) => setTimeout(resolve, 300));
    unwatch();
    expect(stop.requested?.reason).toBe('emergency-flag');
  });
});

describe('kill hook', () => {
  it('lets the run go on when the hook exits 0', () => {
    const stop = new StopController();
    expect(runKillHook('exit 0', dir(), 5000, stop)).toBe(false);
    expect(stop.requested).toBeUndefined();
  });

  it('stops the run with the hook output when it exits non-zero', () => {
    const stop = new StopController();
    expect(runKillHook('echo over quota; exit 3', dir(), 5000, stop)).toBe(true);
    expect(stop.requested?.reason).toBe('kill-hook');
    expect(stop.requested?.detail).toMatch(/exit 3: over quota/);
  });

  it('stops the run when the hook hangs past its timeout', () => {
    const stop = new StopController();
    expect(runKillHook('sleep 5', dir(), 200, stop)).toBe(true);
    expect(stop.requested?.reason).toBe('kill-hook');
  });
});

describe('signals', () => {
  it('turns SIGTERM into a graceful stop and a second signal into a hard exit', () => {
    const stop = new StopController();
    let hard = 0;
    const stderr = process.stderr.write;
    process.stderr.write = (() => true) as typeof process.stderr.write;
    const uninstall = installSignalHandlers(stop, () => {
      hard += 1;
    });
    try {
      process.emit('SIGTERM', 'SIGTERM');
      expect(stop.requested).toEqual({ reason: 'signal', detail: 'SIGTERM' });
      process.emit('SIGINT', 'SIGINT');
      expect(hard).toBe(1);
    } finally {
      uninstall();
      process.stderr.write = stderr;
    }
  });
});
