import type { CustodianView } from '../../custodian/custodian-view.js';
import { createCustodianState } from '../../custodian/custodian-state.js';
import type { CandidateRecord } from '../../registry/records.js';
import type { ForgeState } from './forge-state.js';
import { promoteCandidate } from './promote-candidate.js';
import { recordEvent } from './record-event.js';
import { stagnationDue } from './stop-checks.js';

// The statuses of candidates that built and ran: what the custodian watches.
const WATCHED = new Set(['evaluated', 'solved', 'test-failed']);

/** The candidates this cycle registered that built and ran. */
export function registeredThisCycle(state: ForgeState): CandidateRecord[] {
  const { registry } = state.services;
  return state.items
    .flatMap((item) => (item.candidateId && WATCHED.has(item.status ?? '') ? [registry.getCandidate(item.candidateId)] : []))
    .filter((c): c is CandidateRecord => c !== undefined);
}

/** The custodian's view of a directive's loop: live reads of the forge's state and the actions it allows. */
export function custodianViewOf(state: ForgeState, registered = registeredThisCycle(state)): CustodianView {
  const { services } = state;
  const custodian = (state.custodian ??= createCustodianState());
  return {
    get config() { return state.config; },
    get directive() { return state.directive; },
    get examples() { return state.examples; },
    get runId() { return state.run.id; },
    get workDir() { return services.workDir; },
    get registry() { return services.registry; },
    get cycle() { return state.counters.cycle; },
    get cyclesWithoutImprovement() { return state.counters.cyclesWithoutImprovement; },
    get stagnationDue() { return stagnationDue(state); },
    get best() { return state.best; },
    get solved() { return state.solved; },
    get halted() { return state.halted !== undefined; },
    get seed() { return state.seed; },
    get engineName() { return state.engine.name; },
    registered,
    custodian,
    get goalModel() { return services.goalModel; },
    get signal() { return services.stop.signal; },
    get haltOnDecompose() { return services.haltOnDecompose === true; },
    switchEngine(name, config) {
      const engine = services.engineFactory?.(config, name) ?? (name === 'gp' ? services.fallbackEngine?.() : undefined);
      if (!engine) return false;
      // An engine that cannot serve this directive (its evaluator or signature) would only fail every cycle it is given.
      try {
        engine.assertSupports(state.directive);
      } catch {
        return false;
      }
      state.engine = engine;
      return true;
    },
    reseed(seed) { state.seed = seed; },
    promote(candidate) {
      if (candidate.status === 'solved') state.solved = true;
      promoteCandidate({ registry: services.registry, workDir: services.workDir, config: state.config, directive: state.directive, runId: state.run.id }, candidate);
    },
    halt(halt) { state.halted = { ...halt }; },
    record(kind, data, candidateId) { recordEvent(state, kind, data, candidateId); },
    log(line) { services.log(line); },
  };
}
