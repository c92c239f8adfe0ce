import { Flow } from 'pocketflow';
import { HALT } from './forge-stage.js';
import type { ForgeState } from './forge-state.js';
import { BuildNode } from '../nodes/build-node.js';
import { CONTINUE, GovernNode } from '../nodes/govern-node.js';
import { HaltNode } from '../nodes/halt-node.js';
import { MutateNode } from '../nodes/mutate-node.js';
import { NoveltyNode } from '../nodes/novelty-node.js';
import { RegisterNode } from '../nodes/register-node.js';
import { ScoreNode } from '../nodes/score-node.js';
import { SelectParentsNode } from '../nodes/select-parents-node.js';
import { TestNode } from '../nodes/test-node.js';

/**
 * The forge loop as a PocketFlow flow (drawn in docs/design.md):
 * select → mutate → novelty → build → test → score → register → govern → (continue → select | halt).
 * Every stage can also take the 'halt' edge when a stop is requested between stages.
 */
export function createForgeFlow(): Flow<ForgeState> {
  const select = new SelectParentsNode();
  const mutate = new MutateNode();
  const novelty = new NoveltyNode();
  const build = new BuildNode();
  const test = new TestNode();
  const score = new ScoreNode();
  const register = new RegisterNode();
  const govern = new GovernNode();
  const halt = new HaltNode();
  select.next(mutate).next(novelty).next(build).next(test).next(score).next(register).next(govern);
  govern.on(CONTINUE, select);
  for (const stage of [select, mutate, novelty, build, test, score, register, govern]) stage.on(HALT, halt);
  return new Flow<ForgeState>(select);
}
