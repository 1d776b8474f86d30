import { PHASE_ORDER, phaseIndex, type Phase } from "./phases";

/**
 * The progress-rate indicator of the modular CPOM ("taux d'avancement du plan d'actions",
 * [BFC notes 2025]). This file is the only place it is computed; stored rates are kept equal to it.
 *
 * - action progress = (index of its current phase × 100 + completion within that phase) / 5,
 *   with phases indexed 0 (initialisation) to 4 (closure): an action closed at 100 % is at
 *   100 %, one just started is at 0 %, one half-way through planning is at 30 %;
 * - module rate = mean of its actions' progress (no rate while it has no action);
 * - contract rate, and organisation rate = mean of the rates of its active modules, where a
 *   mandatory module with no action counts 0 % and an optional module with no action yet
 *   is left out.
 */
export function actionProgress(phase: Phase, completion: number): number {
  return (phaseIndex(phase) * 100 + completion) / PHASE_ORDER.length;
}

const mean = (values: number[]): number | null => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null);

/** Mean progress of a module's actions; null when it has none. */
export function moduleRate(actionProgresses: number[]): number | null {
  return mean(actionProgresses);
}

export interface ModuleRateInput {
  /** The module's rate, null when it has no action. */
  rate: number | null;
  mandatory: boolean;
}

/** Rate of a set of active modules (a contract's, or all those of an organisation's contracts). */
export function planRate(modules: ModuleRateInput[]): number | null {
  return mean(modules.flatMap((m) => (m.rate !== null ? [m.rate] : m.mandatory ? [0] : [])));
}
