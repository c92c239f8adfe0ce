#!/usr/bin/env -S node --max-old-space-size=384
// Thin launcher: registers tsx so the TypeScript CLI runs without a build step.
// The heap limit bounds the main thread's garbage, not its work: a run's live main heap is ~110 MB, but V8 lets an
// unlimited heap grow to about three times that before a full collection, which took long runs past 1 GB of RSS
// (bench/results/psb2-forge-memory.md). Island and evaluation threads carry their own limits. To raise it, start
// Node yourself: `node --max-old-space-size=2048 bin/hephaestus.mjs …`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
