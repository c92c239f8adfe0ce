// Imports the directive's own test or evaluator modules before the candidate, so they capture clean references
// and their list of tests is fixed before candidate code could rewrite an exported object.
import { describeThrown } from './describe-thrown.mjs';

const keysOf = Object.keys;
const freeze = Object.freeze;

/** Loads what the job needs besides the candidate: { tests } for a tests job, { evaluate } for a script job. */
export async function loadHarness(job, realm) {
  if (job.kind === 'tests') return { tests: await loadTests(job.tests, realm) };
  if (job.kind === 'script') return { evaluate: await loadScript(job.script, realm) };
  return {};
}

async function loadTests(files, realm) {
  const tests = [];
  for (const { file, name } of files) {
    let exported;
    try {
      exported = (await import(realm.toUrl(file))).default;
    } catch (error) {
      tests.push({ name, broken: `test file could not be loaded: ${describeThrown(error)}` });
      continue;
    }
    if (typeof exported === 'function') {
      tests.push({ name, run: exported });
    } else if (exported !== null && typeof exported === 'object') {
      freeze(exported);
      const names = keysOf(exported);
      if (names.length === 0) tests.push({ name, broken: 'the default export holds no tests' });
      for (const key of names) {
        const run = exported[key];
        const full = `${name} > ${key}`;
        tests.push(typeof run === 'function' ? { name: full, run } : { name: full, broken: 'not a test function' });
      }
    } else {
      tests.push({ name, broken: 'the default export is neither a test function nor an object of test functions' });
    }
  }
  return tests;
}

async function loadScript(file, realm) {
  let mod;
  try {
    mod = await import(realm.toUrl(file));
  } catch (error) {
    return { broken: `evaluator module could not be loaded: ${describeThrown(error)}` };
  }
  if (typeof mod.evaluate !== 'function') return { broken: 'the evaluator module does not export a function named evaluate' };
  return { run: mod.evaluate };
}
