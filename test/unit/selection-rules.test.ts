import { Sector } from "../../src/organisations/organisation.entities";
import { checkModule, describeRule, ruleSetProblems, RuleKind, RuleScope, selectionLimitViolations, type PlanModuleView, type RuleData } from "../../src/commode/selection-rules";

const PA = Sector.ELDERLY;
const PH = Sector.DISABLED;
const rule = (kind: RuleKind, value: number, scope = RuleScope.MODULE): RuleData => ({ kind, value, scope });
const theme = (id: number, sectors: Sector[]) => ({ id, title: `Theme ${id}`, sectors });

function module(rules: RuleData[], themes: PlanModuleView["themes"], actions: PlanModuleView["actions"] = []): PlanModuleView {
  return { moduleId: 1, moduleTypeCode: "M", moduleTitle: "M", rules, themes, actions };
}

describe("module selection rules", () => {
  // Module 1 as the meeting notes say: "au maximum 5 par secteur d'activité. Parmi ces 9 briques, possibilité de n'en choisir qu'une".
  const module1 = [rule(RuleKind.MIN_THEMES, 1, RuleScope.MODULE), rule(RuleKind.MAX_THEMES, 5, RuleScope.SECTOR)];

  it("module 1: at most five briques for each sector the contract covers, and one brique in all is enough", () => {
    const onlyPa = module(module1, [theme(1, [PA])]);
    expect(checkModule(onlyPa, [PA])).toEqual([]);
    // An organisation with elderly and disabled sites that picks a single brique meets the rule.
    expect(checkModule(onlyPa, [PA, PH])).toEqual([]);
    expect(checkModule(module(module1, []), [PA, PH]).map((v) => [v.rule, v.sector])).toEqual([[RuleKind.MIN_THEMES, null]]);

    const sixForPh = module(module1, [1, 2, 3, 4, 5, 6].map((id) => theme(id, id === 1 ? [PA, PH] : [PH])));
    expect(checkModule(sixForPh, [PA, PH]).map((v) => [v.rule, v.sector])).toEqual([[RuleKind.MAX_THEMES, PH]]);
    expect(selectionLimitViolations(sixForPh, [PA, PH])).toHaveLength(1);
    // Five PA themes and five PH themes: seven themes in all, within the limit of each sector.
    const sevenShared = module(module1, [theme(1, [PA, PH]), theme(2, [PA, PH]), theme(3, [PA, PH]), theme(4, [PA]), theme(5, [PA]), theme(6, [PH]), theme(7, [PH])]);
    expect(checkModule(sevenShared, [PA, PH])).toEqual([]);
  });

  it("a minimum per sector, when an agency sets one, counts each sector covered", () => {
    const perSector = [rule(RuleKind.MIN_THEMES, 1, RuleScope.SECTOR)];
    expect(checkModule(module(perSector, [theme(1, [PA])]), [PA, PH]).map((v) => [v.rule, v.sector])).toEqual([[RuleKind.MIN_THEMES, PH]]);
  });

  it("per module: counts every theme once", () => {
    const rules = [rule(RuleKind.MIN_THEMES, 1)];
    expect(checkModule(module(rules, []), [PA])).toMatchObject([{ rule: RuleKind.MIN_THEMES, sector: null }]);
    expect(checkModule(module(rules, [theme(1, [PH])]), [PA])).toEqual([]);
  });

  it("a module with no themes allowed rejects any theme", () => {
    expect(checkModule(module([rule(RuleKind.MAX_THEMES, 0)], [theme(1, [PA])]), [PA])).toMatchObject([{ rule: RuleKind.MAX_THEMES, value: 0 }]);
  });

  it("actions: a minimum per module and per selected theme", () => {
    const rules = [rule(RuleKind.MIN_ACTIONS, 2), rule(RuleKind.MIN_ACTIONS_PER_THEME, 1)];
    const view = module(rules, [theme(1, [PA]), theme(2, [PA])], [{ id: 10, themeId: 1 }]);
    expect(checkModule(view, [PA]).map((v) => [v.rule, v.themeId])).toEqual([
      [RuleKind.MIN_ACTIONS, null],
      [RuleKind.MIN_ACTIONS_PER_THEME, 2],
    ]);
  });

  it("describes rules in words, in French by default or in English", () => {
    expect(describeRule(rule(RuleKind.MAX_THEMES, 5, RuleScope.SECTOR)).in("fr")).toBe("au plus 5 thèmes par secteur couvert");
    expect(describeRule(rule(RuleKind.MAX_THEMES, 5, RuleScope.SECTOR)).in("en")).toBe("at most 5 themes per sector covered");
    expect(describeRule(rule(RuleKind.MAX_THEMES, 0, RuleScope.SECTOR)).in("en")).toBe("no themes");
    expect(describeRule(rule(RuleKind.MAX_THEMES, 0)).in("fr")).toBe("aucun thème");
    expect(describeRule(rule(RuleKind.MIN_THEMES, 1, RuleScope.SECTOR)).in("fr")).toBe("au moins 1 thème par secteur couvert");
    expect(describeRule(rule(RuleKind.MIN_ACTIONS, 2)).in("fr")).toBe("au moins 2 actions");
    expect(describeRule(rule(RuleKind.MIN_ACTIONS_PER_THEME, 1)).in("en")).toBe("at least 1 action for each selected theme");
    expect(describeRule(rule(RuleKind.MIN_ACTIONS_PER_THEME, 1)).in("fr")).toBe("au moins 1 action pour chaque thème retenu");
  });

  it.each([
    [[rule(RuleKind.MIN_THEMES, 3), rule(RuleKind.MAX_THEMES, 2)], /above MAX_THEMES/],
    [[rule(RuleKind.MIN_THEMES, 1), rule(RuleKind.MIN_THEMES, 2)], /given twice/],
    [[rule(RuleKind.MAX_THEMES, 0), rule(RuleKind.MIN_THEMES, 1)], /takes no themes/],
    [[rule(RuleKind.MAX_THEMES, 0), rule(RuleKind.MIN_ACTIONS_PER_THEME, 1)], /no meaning/],
    [[rule(RuleKind.MIN_ACTIONS, -1)], /0 or more/],
  ])("rejects an inconsistent rule set %#", (rules, problem) => {
    expect(ruleSetProblems(rules).join("; ")).toMatch(problem);
  });

  it("accepts the seeded module 1 rules", () => {
    expect(ruleSetProblems([...module1, rule(RuleKind.MIN_ACTIONS_PER_THEME, 1)])).toEqual([]);
  });
});
