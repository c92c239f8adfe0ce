import { Node } from 'pocketflow';
import type { ForgeState } from './forge-state.js';
import { stopBetweenStages } from './stop-checks.js';
import { timePhase } from '../../util/phase-times.js';

/** The action every stage returns to end the loop; it leads to the halt stage. */
export const HALT = 'halt';

/**
 * Base of every forge stage: PocketFlow calls prep/exec/post; a stage implements `work` and the base checks
 * stop requests after it, so a kill switch is honoured between any two stages.
 */
export abstract class ForgeStage extends Node<ForgeState> {
  /** The stage's name, used in events and logs. */
  abstract readonly stageName: string;
  /** When true, a stop lets the cycle run on to `govern`, so that work already evaluated is still registered. */
  protected readonly drainOnStop: boolean = false;

  /** Does the stage's work on the shared store; returns the action to take ('default' to go on). */
  protected abstract work(state: ForgeState): Promise<string | undefined>;

  override async prep(shared: ForgeState): Promise<ForgeState> {
    return shared;
  }

  override async exec(state: unknown): Promise<string | undefined> {
    const shared = state as ForgeState;
    if (shared.halted) return HALT;
    return timePhase(`stage:${this.stageName}`, () => this.work(shared));
  }

  override async post(shared: ForgeState, _prep: unknown, action: unknown): Promise<string> {
    if (shared.halted) return HALT;
    const stop = stopBetweenStages(shared);
    if (stop && !this.drainOnStop) {
      shared.halted = stop;
      return HALT;
    }
    return typeof action === 'string' ? action : 'default';
  }
}
