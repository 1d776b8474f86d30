import { Phase, phaseMoveViolation } from "../../src/commode/phases";

const { INITIALISATION, PLANNING, EXECUTION, MONITORING, CLOSURE } = Phase;

describe("phase moves", () => {
  it.each([
    [INITIALISATION, PLANNING],
    [PLANNING, EXECUTION],
    [EXECUTION, MONITORING],
    [MONITORING, CLOSURE],
  ])("%s → %s: one step forward is allowed", (from, to) => {
    expect(phaseMoveViolation(from, to, null)).toBeNull();
  });

  it.each([
    [INITIALISATION, EXECUTION, "PLANNING"],
    [INITIALISATION, CLOSURE, "PLANNING, EXECUTION, MONITORING"],
    [PLANNING, MONITORING, "EXECUTION"],
  ])("%s → %s skips %s", (from, to, skipped) => {
    const violation = phaseMoveViolation(from, to, "a comment does not help");
    expect(violation).toMatchObject({ rule: "PHASE_SKIPPED", field: "phase" });
    expect(violation!.message.in("en")).toContain(`skipping ${skipped}`);
  });

  it.each([
    [PLANNING, INITIALISATION],
    [CLOSURE, EXECUTION],
  ])("%s → %s: going back needs a comment", (from, to) => {
    expect(phaseMoveViolation(from, to, null)).toMatchObject({ rule: "COMMENT_REQUIRED_TO_GO_BACK", field: "comment" });
    expect(phaseMoveViolation(from, to, "   ")).toMatchObject({ rule: "COMMENT_REQUIRED_TO_GO_BACK" });
    expect(phaseMoveViolation(from, to, "Le chantier a pris du retard")).toBeNull();
  });

  it("staying in the same phase is not a move", () => {
    expect(phaseMoveViolation(EXECUTION, EXECUTION, null)).toMatchObject({ rule: "SAME_PHASE" });
  });
});
