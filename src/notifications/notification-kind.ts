import { registerEnumType } from "type-graphql";
import { RequestContext } from "../core/context";

/** What kind of change a notification tells of: declared by each mutation that changes contracts (@Notifies). */
export enum NotificationKind {
  COMMENT = "COMMENT",
  /** The contract's content: modules, themes, actions, objectives, indicators, annexes. */
  PLAN_CHANGE = "PLAN_CHANGE",
  /** An action's phase or completion. */
  PHASE_CHANGE = "PHASE_CHANGE",
  /** Actuals, verdicts, evaluations: what the contract achieved. */
  RESULT = "RESULT",
  /** How the contract is followed: its officer, write access, reviews, year closes, revisions. */
  FOLLOW_UP = "FOLLOW_UP",
  SIGNATURE = "SIGNATURE",
  AMENDMENT = "AMENDMENT",
  STATUS_CHANGE = "STATUS_CHANGE",
  /** A document attached to the contract, or deleted by the agency. */
  DOCUMENT = "DOCUMENT",
}
registerEnumType(NotificationKind, {
  name: "NotificationKind",
  description: "What kind of change a notification tells of.",
  valuesConfig: {
    COMMENT: { description: "A comment of the agency." },
    PLAN_CHANGE: { description: "The contract's content changed: modules, themes, actions, objectives, indicators, annexes." },
    PHASE_CHANGE: { description: "An action moved to another phase, or its completion changed." },
    RESULT: { description: "Actuals, verdicts or an evaluation were recorded." },
    FOLLOW_UP: { description: "How the contract is followed changed: its officer, write access, reviews, year closes, revisions." },
    SIGNATURE: { description: "A party signed, or declined to co-sign." },
    AMENDMENT: { description: "An amendment was opened." },
    STATUS_CHANGE: { description: "The contract's status changed." },
    DOCUMENT: { description: "A document was attached to the contract or one of its parts, or the agency deleted one." },
  },
});

/**
 * Declares, beside a mutation, what its changes to contracts tell the other parties (null:
 * nothing, e.g. opening a draft). A mutation that changes a contract without declaring it
 * is refused as a programming error (notification.service.ts), so no kind is ever guessed.
 * Put it above @Transactional().
 */
export function Notifies(kind: NotificationKind | null): MethodDecorator {
  return (_target, _key, descriptor: PropertyDescriptor) => {
    const run = descriptor.value as (...args: unknown[]) => unknown;
    descriptor.value = function notifying(this: unknown, ...args: unknown[]) {
      const ctx = args.find((arg): arg is RequestContext => arg instanceof RequestContext);
      if (ctx) ctx.notifies = kind;
      return run.apply(this, args);
    };
    return descriptor;
  };
}
