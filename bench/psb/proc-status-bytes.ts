import { readFileSync } from 'node:fs';

/**
 * One memory field of /proc/<pid>/status in bytes; undefined off Linux, when the process is gone, or when the field is
 * absent (kernel threads). Worker threads share their process, so its figures cover them.
 */
export function procStatusBytes(pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}
