import { registerEnumType } from "type-graphql";
import { msg, type Message } from "../core/i18n/message";

/** The project phases every action goes through ([BFC notes 2025], docs/domain.md). */
export enum Phase {
  INITIALISATION = "INITIALISATION",
  PLANNING = "PLANNING",
  EXECUTION = "EXECUTION",
  MONITORING = "MONITORING",
  CLOSURE = "CLOSURE",
}
registerEnumType(Phase, {
  name: "Phase",
  description: "Where an action stands as a project; it moves forward one phase at a time.",
  valuesConfig: {
    INITIALISATION: { description: "Initialisation" },
    PLANNING: { description: "Planification" },
    EXECUTION: { description: "Exécution et mise en phase" },
    MONITORING: { description: "Pilotage" },
    CLOSURE: { description: "Clôture (déploiement de l'action)" },
  },
});

export const PHASE_ORDER: readonly Phase[] = [Phase.INITIALISATION, Phase.PLANNING, Phase.EXECUTION, Phase.MONITORING, Phase.CLOSURE];

export const phaseIndex = (phase: Phase): number => PHASE_ORDER.indexOf(phase);

export type PhaseMoveRule = "SAME_PHASE" | "PHASE_SKIPPED" | "COMMENT_REQUIRED_TO_GO_BACK";

/**
 * Whether an action may move from one phase to another: forward one phase at a time (no
 * phase is skipped), back to any earlier phase with a comment saying why.
 */
export function phaseMoveViolation(from: Phase, to: Phase, comment: string | null | undefined): { rule: PhaseMoveRule; field: string; message: Message } | null {
  const step = phaseIndex(to) - phaseIndex(from);
  if (step === 0) return { rule: "SAME_PHASE", field: "phase", message: msg`The action is already in phase ${to}` };
  if (step > 1) {
    const skipped = PHASE_ORDER.slice(phaseIndex(from) + 1, phaseIndex(to)).join(", ");
    return { rule: "PHASE_SKIPPED", field: "phase", message: msg`An action moves forward one phase at a time: from ${from} it goes to ${PHASE_ORDER[phaseIndex(from) + 1]}, not ${to} (skipping ${skipped})` };
  }
  if (step < 0 && !comment?.trim()) {
    return { rule: "COMMENT_REQUIRED_TO_GO_BACK", field: "comment", message: msg`Going back from ${from} to ${to} needs a comment saying why` };
  }
  return null;
}

/** The number of actions in each phase, in phase order. */
export function countByPhase(phases: Phase[]): Record<Phase, number> {
  const counts = Object.fromEntries(PHASE_ORDER.map((p) => [p, 0])) as Record<Phase, number>;
  for (const phase of phases) counts[phase] += 1;
  return counts;
}

/** The column of a module row holding its number of actions in a phase. */
export const PHASE_COUNT_COLUMN = {
  [Phase.INITIALISATION]: "initialisationCount",
  [Phase.PLANNING]: "planningCount",
  [Phase.EXECUTION]: "executionCount",
  [Phase.MONITORING]: "monitoringCount",
  [Phase.CLOSURE]: "closureCount",
} as const;
