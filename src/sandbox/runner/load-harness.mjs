// Imports the directive's own test or evaluator modules into the judge's realm (the candidate never runs here).
import { pathToFileURL } from 'node:url';
import { describeThrown } from './describe-thrown.mjs';

// The parent refuses longer names (runner-message.ts); a test file is trusted, but its keys are cut to fit.
const MAX_NAME_LENGTH = 200;

/** Loads what the job needs besides the candidate: { tests } for a tests job, { evaluate } for a script job. */
export async function loadHarness(job) {
  if (job.kind === 'tests') return { tests: await loadTests(job.tests) };
  if (job.kind === 'script') return { evaluate: await loadScript(job.script) };
  return {};
}

async function loadTests(files) {
  const tests = [];
  for (const { file, name } of files) {
    let exported;
    try {
      exported = (await import(pathToFileURL(file).href)).default;
    } catch (error) {
      tests.push({ name, broken: `test file could not be loaded: ${describeThrown(error)}` });
      continue;
    }
    if (typeof exported === 'function') {
      tests.push({ name, run: exported });
    } else if (exported !== null && typeof exported === 'object') {
      const names = Object.keys(exported);
      if (names.length === 0) tests.push({ name, broken: 'the default export holds no tests' });
      for (const key of names) {
        const run = exported[key];
        const full = `${name} > ${key}`.slice(0, MAX_NAME_LENGTH);
        tests.push(typeof run === 'function' ? { name: full, run } : { name: full, broken: 'not a test function' });
      }
    } else {
      tests.push({ name, broken: 'the default export is neither a test function nor an object of test functions' });
    }
  }
  return tests;
}

async function loadScript(file) {
  let mod;
  try {
    mod = await import(pathToFileURL(file).href);
  } catch (error) {
    return { broken: `evaluator module could not be loaded: ${describeThrown(error)}` };
  }
  if (typeof mod.evaluate !== 'function') return { broken: 'the evaluator module does not export a function named evaluate' };
  return { run: mod.evaluate };
}
