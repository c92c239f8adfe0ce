import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Sandbox } from './sandbox.js';
import { CONTRACT_LIMITS, exampleSet, stageCandidate, stageFiles } from './sandbox-fixtures.js';

// Everything a candidate patches is in its own isolate: the judge's assert, JSON, promises and prototypes are elsewhere.
const TAMPERING_CANDIDATE = `const attempt = (action) => { try { action(); } catch { /* refused */ } };
attempt(() => { Promise.prototype.then = function (resolve) { return resolve(); }; });
attempt(() => { Object.is = () => true; });
attempt(() => { Array.prototype.every = () => true; });
attempt(() => { globalThis.JSON = { stringify: () => '2', parse: JSON.parse }; });
attempt(() => { globalThis.Promise = function Fake() {}; });
attempt(() => { (() => 0)['constr' + 'uctor']('return this')().assert = { equal() {} }; });
export default function add(a, b) { return a - b; }
`;

const TESTS = `import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
type Add = (a: number, b: number) => number;
export default {
  adds: (add: Add): void => {
    assert.equal(add(2, 3), 5);
    assert.deepEqual([add(1, 1)], [2]);
  },
  serialises: (add: Add): void => assert.ok(JSON.stringify(add(1, 1)) === '2', 'JSON of add(1, 1) is not 2'),
  compares: (add: Add): void => assert.ok(isDeepStrictEqual([add(1, 1)], [2]), 'isDeepStrictEqual says no'),
};
`;

/** A candidate that patches its realm's intrinsics and globals must still fail, and its outputs stay its own. */
export function registerTamperingContract(sandbox: Sandbox): void {
  it('fails a candidate that tampers with intrinsics and globals: only its own isolate changes', async () => {
    const dir = stageFiles({ 'add.test.ts': TESTS });
    const ev = await sandbox.evaluate({
      modulePath: stageCandidate(TAMPERING_CANDIDATE),
      evaluator: { kind: 'tests', files: [join(dir, 'add.test.ts')] },
      limits: CONTRACT_LIMITS,
    });
    expect(ev).toMatchObject({ status: 'failed', solved: false, train: { passed: 0, total: 3 } });
    expect(ev.failingCases[0]).toMatchObject({ input: 'add.test > adds', error: expect.stringContaining('Expected values to be strictly equal') });
    expect(ev.failingCases[1]).toMatchObject({ input: 'add.test > serialises', error: 'JSON of add(1, 1) is not 2' });
    expect(ev.failingCases[2]).toMatchObject({ input: 'add.test > compares', error: 'isDeepStrictEqual says no' });
    expect(ev.notes).toEqual([]);
  });

  it('scores the tampering candidate on examples by its real outputs', async () => {
    const ev = await sandbox.evaluate({
      modulePath: stageCandidate(TAMPERING_CANDIDATE),
      evaluator: { kind: 'examples', cases: exampleSet([[[2, 3], [5]], [[4, 0], [4]]]) },
      limits: CONTRACT_LIMITS,
    });
    expect(ev).toMatchObject({ status: 'failed', solved: false, trainErrors: [6, 0] });
  });
}
