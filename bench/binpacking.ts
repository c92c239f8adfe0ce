// Re-scores bin-packing heuristics: `npm run bench:binpacking -- <instances.json> [heuristic.ts ...]`. Prints the excess
// over the L1 bound (mean bins over mean bound, FunSearch's figure) of best fit and of each heuristic module's default export.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { exactBins, l1Bound, type Priority } from '../examples/bin-packing/or/evaluate.js';
import { readUserFile } from '../src/util/read-user-file.js';

type Instances = Record<string, { capacity: number; items: number[] }>;

/** Best fit: the fullest bin the item fits in. */
const bestFit: Priority = (item, bins) => bins.map((b) => -(b - item));

/** Excess over the L1 bound of a heuristic on every instance of the file, as FunSearch reports it. */
function excessOverL1(priority: Priority, instances: Instances): number {
  let used = 0;
  let bound = 0;
  for (const { capacity, items } of Object.values(instances)) {
    used += exactBins(priority, capacity, items);
    bound += l1Bound(capacity, items);
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
