import { Phase } from "../../src/commode/phases";
import { actionProgress, moduleRate, planRate } from "../../src/commode/progress";

describe("the progress-rate indicator", () => {
  it.each([
    [Phase.INITIALISATION, 0, 0],
    [Phase.INITIALISATION, 100, 20],
    [Phase.PLANNING, 50, 30],
    [Phase.EXECUTION, 0, 40],
    [Phase.EXECUTION, 25, 45],
    [Phase.MONITORING, 75, 75],
    [Phase.CLOSURE, 0, 80],
    [Phase.CLOSURE, 100, 100],
  ])("an action in %s at %i %% is at %d %%", (phase, completion, expected) => {
    expect(actionProgress(phase, completion)).toBe(expected);
  });

  it("a module's rate is the mean of its actions; none without actions", () => {
    expect(moduleRate([0, 50, 100])).toBe(50);
    expect(moduleRate([30])).toBe(30);
    expect(moduleRate([])).toBeNull();
  });

  it.each([
    ["mandatory modules with actions", [{ rate: 40, mandatory: true }, { rate: 60, mandatory: true }], 50],
    ["a mandatory module without action counts 0 %", [{ rate: 60, mandatory: true }, { rate: null, mandatory: true }], 30],
    ["an optional module without action is left out", [{ rate: 60, mandatory: true }, { rate: null, mandatory: false }], 60],
    ["an optional module with actions counts", [{ rate: 60, mandatory: true }, { rate: 20, mandatory: false }], 40],
    ["five fresh mandatory modules", Array.from({ length: 5 }, () => ({ rate: null, mandatory: true })), 0],
    ["no module at all", [], null],
    ["only an empty optional module", [{ rate: null, mandatory: false }], null],
  ])("plan rate: %s", (_label, modules, expected) => {
    expect(planRate(modules)).toBe(expected);
  });
});
