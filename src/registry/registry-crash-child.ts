// Child process of registry-crash.test.ts: registers candidates with random lineage as fast as it can until killed.
import { openRegistryAt } from './open-registry.js';
import { registryFixtures as fx } from './registry-fixtures.js';

const [file, prefix] = process.argv.slice(2);
const registry = openRegistryAt(file);
registry.upsertDirective(fx.directive('d1'));
if (!registry.getRun('r1')) registry.createRun(fx.run('r1'));
const ids = registry.lineage('d1').nodes.map((node) => node.id);

// A time cap so that an orphaned child cannot spin forever if the test runner dies first.
const deadline = Date.now() + 20_000;
for (let i = 0; Date.now() < deadline; i += 1) {
  const parents = new Set<string>();
  const wanted = ids.length === 0 ? 0 : Math.floor(Math.random() * 4);
  while (parents.size < Math.min(wanted, ids.length)) parents.add(ids[Math.floor(Math.random() * ids.length)]);
  const id = `${prefix}-${i}`;
  const score = Math.round(Math.random() * 1000) / 10;
  registry.addCandidate(fx.candidate(id, { parents: [...parents], score, metrics: { parentCount: parents.size } }));
  ids.push(id);
  if (i % 50 === 0) registry.recordEvent({ runId: 'r1', kind: 'crash-test', data: { i } });
  if (i === 0) process.stdout.write('ready\n');
}
registry.close();
