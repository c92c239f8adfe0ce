// Re-scores bin-packing heuristics: `npm run bench:binpacking -- <instances.json> [heuristic.ts ...]`. Prints the excess
// over the L1 bound (mean bins over mean bound, FunSearch's figure) of best fit and of each heuristic module's default export.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { readUserFile } from '../src/util/read-user-file.js';

type Instances = Record<string, { capacity: number; items: number[] }>;

/** A priority function: one priority per bin the item fits in. */
type Priority = (item: number, bins: number[]) => number[];

/**
 * Bins used under FunSearch's protocol exactly: as many empty bins as items; the heuristic gets the remaining capacity of
 * every bin the item fits in (empty ones included), and the item goes into the first bin of highest priority.
 */
function packedBins(priority: Priority, capacity: number, items: number[]): number {
  const bins: number[] = items.map(() => capacity);
  for (const item of items) {
    const fits: number[] = [];
    for (let b = 0; b < bins.length; b++) if (bins[b] >= item) fits.push(b);
    const scores = priority(item, fits.map((b) => bins[b]));
    let best = 0;
    for (let j = 1; j < fits.length; j++) if (scores[j] > scores[best]) best = j;
    bins[fits[best]] -= item;
  }
  return bins.filter((b) => b !== capacity).length;
}

/** Best fit: the fullest bin the item fits in. */
const bestFit: Priority = (item, bins) => bins.map((b) => -(b - item));

/** Excess over the L1 bound of a heuristic on every instance of the file, as FunSearch reports it. */
function excessOverL1(priority: Priority, instances: Instances): number {
  let used = 0;
  let bound = 0;
  for (const { capacity, items } of Object.values(instances)) {
    used += packedBins(priority, capacity, items);
    bound += Math.ceil(items.reduce((a, b) => a + b, 0) / capacity);
  }
  return (used - bound) / bound;
}

const program = new Command()
  .name('bench:binpacking')
  .description('Excess over the L1 bound of best fit and of each heuristic (default export priority(item, bins) => number[]) on an instances file')
  .argument('<instances>', 'JSON file { "<name>": { "capacity": C, "items": [...] } }')
  .argument('[heuristics...]', 'TypeScript modules whose default export is the priority function')
  .parse();
const [file, heuristics] = program.processedArgs as [string, string[]];
const text = readUserFile(resolve(file), 'instances', 64 * 1024 * 1024);
const instances = JSON.parse(text) as Instances;
const rows: [string, Priority][] = [['best fit', bestFit]];
for (const path of heuristics) rows.push([path, ((await import(pathToFileURL(resolve(path)).href)) as { default: Priority }).default]);
console.log(`${file}: ${Object.keys(instances).length} instances`);
for (const [name, priority] of rows) console.log(`${(100 * excessOverL1(priority, instances)).toFixed(2)} %  ${name}`);
