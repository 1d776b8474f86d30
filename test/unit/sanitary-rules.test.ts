import { concernedSites, concernsSite, type ConcernedRule } from "../../src/sanitary/concerned";
import { computeVerdict, countVerdicts, EMPTY, formatIndicatorValue, parseIndicatorValue, verdictShares } from "../../src/sanitary/indicator-values";
import { Direction, IndicatorType, Verdict } from "../../src/sanitary/sanitary.enums";
import { LegalStatus } from "../../src/organisations/organisation.entities";

const publicEntity = { legalStatus: LegalStatus.PUBLIC, categories: ["Centre hospitalier"] };
const mco = { id: 1, activities: ["MEDECINE", "CHIRURGIE", "URGENCES"] };
const psy = { id: 2, activities: ["PSYCHIATRIE", "SOINS_SANS_CONSENTEMENT"] };

describe("which sites an action concerns", () => {
  it.each<[string, ConcernedRule, number[]]>([
    ["everyone", { text: "Tous" }, [1, 2]],
    ["an authorisation", { text: "urgences", allOf: ["URGENCES"] }, [1]],
    ["two authorisations on the same site", { text: "urgences et psychiatrie", allOf: ["URGENCES", "PSYCHIATRIE"] }, []],
    ["one of several", { text: "cancer, dialyse, AVC", anyOf: ["CANCER", "IRC", "UNV"] }, []],
    ["one of several, held", { text: "chirurgie ou psychiatrie", anyOf: ["CHIRURGIE", "PSYCHIATRIE"] }, [1, 2]],
    ["an exclusion", { text: "psychiatrie sans soins sans consentement", allOf: ["PSYCHIATRIE"], noneOf: ["SOINS_SANS_CONSENTEMENT"] }, []],
    ["a legal status it has", { text: "publics", legalStatuses: [LegalStatus.PUBLIC] }, [1, 2]],
    ["a legal status it has not", { text: "privés lucratifs", legalStatuses: [LegalStatus.PRIVATE_FOR_PROFIT], allOf: ["URGENCES"] }, []],
    ["a category the organisation does not manage", { text: "gestionnaires d'EHPAD", organisationManages: ["EHPAD"] }, []],
  ])("%s", (_label, rule, expected) => {
    expect(concernedSites(rule, [mco, psy], publicEntity).map((s) => s.id)).toEqual(expected);
  });

  it("reads the categories an organisation manages regardless of case", () => {
    expect(concernsSite({ text: "EHPAD", organisationManages: ["EHPAD"] }, mco, { legalStatus: LegalStatus.PUBLIC, categories: ["Ehpad"] })).toBe(true);
  });
});

describe("indicator values as people type them", () => {
  it.each<[IndicatorType, string, number | string | null]>([
    [IndicatorType.YES_NO, "oui", 1],
    [IndicatorType.YES_NO, " NO ", 0],
    [IndicatorType.RATE, "42,5", 42.5],
    [IndicatorType.RATE, "100", 100],
    [IndicatorType.COUNT, "12", 12],
    [IndicatorType.AMOUNT, "-1500.50", -1500.5],
    [IndicatorType.TEXT, " Certification V2020 ", "Certification V2020"],
  ])("%s accepts %j", (type, raw, expected) => {
    const parsed = parseIndicatorValue(type, raw);
    expect("value" in parsed).toBe(true);
    if ("value" in parsed) expect(type === IndicatorType.TEXT ? parsed.value.text : parsed.value.number).toBe(expected);
  });

  it.each<[IndicatorType, string, RegExp]>([
    [IndicatorType.YES_NO, "peut-être", /YES or NO/],
    [IndicatorType.RATE, "beaucoup", /must be a number/],
    [IndicatorType.RATE, "120", /0 to 100/],
    [IndicatorType.RATE, "-1", /0 to 100/],
    [IndicatorType.COUNT, "-3", /negative/],
    [IndicatorType.COUNT, "1e3", /must be a number/],
    [IndicatorType.TEXT, "  ", /empty/],
  ])("%s refuses %j", (type, raw, problem) => {
    const parsed = parseIndicatorValue(type, raw);
    expect("problem" in parsed && parsed.problem).toMatch(problem);
  });

  it("shows yes/no values as YES / NO and numbers as numbers", () => {
    expect(formatIndicatorValue(IndicatorType.YES_NO, { number: 0, text: null })).toBe("NO");
    expect(formatIndicatorValue(IndicatorType.RATE, { number: 42.5, text: null })).toBe("42.5");
    expect(formatIndicatorValue(IndicatorType.COUNT, EMPTY)).toBeNull();
  });
});

describe("the verdict rule", () => {
  const n = (number: number | null) => ({ number, text: null });
  const verdict = (type: IndicatorType, direction: Direction, baseline: number | null, target: number | null, actual: number | null, noLongerFollowed = false) =>
    computeVerdict({ type, direction, baseline, target: n(target), actual: n(actual), noLongerFollowed });

  it.each<[string, Direction, number | null, number, number, Verdict]>([
    ["reached", Direction.HIGHER_IS_BETTER, 40, 50, 50, Verdict.MET],
    ["exceeded", Direction.HIGHER_IS_BETTER, 40, 50, 70, Verdict.MET],
    ["moved toward the target", Direction.HIGHER_IS_BETTER, 40, 50, 45, Verdict.PARTLY_MET],
    ["did not move", Direction.HIGHER_IS_BETTER, 40, 50, 40, Verdict.NOT_MET],
    ["moved away", Direction.HIGHER_IS_BETTER, 40, 50, 30, Verdict.NOT_MET],
    ["no baseline: partial progress cannot be told", Direction.HIGHER_IS_BETTER, null, 50, 45, Verdict.NOT_MET],
    ["lower is better, reached", Direction.LOWER_IS_BETTER, 100, 80, 75, Verdict.MET],
    ["lower is better, on the way", Direction.LOWER_IS_BETTER, 100, 80, 90, Verdict.PARTLY_MET],
    ["lower is better, worse", Direction.LOWER_IS_BETTER, 100, 80, 120, Verdict.NOT_MET],
    ["exact target hit", Direction.TARGET_EXACT, 10, 20, 20, Verdict.MET],
    ["exact target, closer", Direction.TARGET_EXACT, 10, 20, 25, Verdict.PARTLY_MET],
    ["exact target, farther", Direction.TARGET_EXACT, 10, 20, 35, Verdict.NOT_MET],
  ])("%s", (_label, direction, baseline, target, actual, expected) => {
    expect(verdict(IndicatorType.RATE, direction, baseline, target, actual)).toBe(expected);
  });

  it("judges yes/no indicators on YES, or on NO when NO was all that was expected", () => {
    expect(verdict(IndicatorType.YES_NO, Direction.HIGHER_IS_BETTER, 0, 1, 1)).toBe(Verdict.MET);
    expect(verdict(IndicatorType.YES_NO, Direction.HIGHER_IS_BETTER, 0, 1, 0)).toBe(Verdict.NOT_MET);
    expect(verdict(IndicatorType.YES_NO, Direction.HIGHER_IS_BETTER, 0, 0, 0)).toBe(Verdict.MET);
  });

  it("gives no verdict without a target or an actual, nor for text indicators", () => {
    expect(verdict(IndicatorType.RATE, Direction.HIGHER_IS_BETTER, 40, null, 50)).toBeNull();
    expect(verdict(IndicatorType.RATE, Direction.HIGHER_IS_BETTER, 40, 50, null)).toBeNull();
    expect(computeVerdict({ type: IndicatorType.TEXT, direction: Direction.HIGHER_IS_BETTER, baseline: null, target: { number: null, text: "a" }, actual: { number: null, text: "a" } })).toBeNull();
  });

  it("marks an indicator the agency agreed cannot be measured as no longer applicable", () => {
    expect(verdict(IndicatorType.RATE, Direction.HIGHER_IS_BETTER, 40, 50, null, true)).toBe(Verdict.NO_LONGER_APPLICABLE);
  });
});

describe("shares of verdicts", () => {
  it("counts verdicts and gives shares out of those met, partly met or not met", () => {
    const counts = countVerdicts([
      [Verdict.MET, 2],
      [Verdict.PARTLY_MET, 1],
      [Verdict.NOT_MET, 1],
      [Verdict.NO_LONGER_APPLICABLE, 3],
      [null, 5],
    ]);
    expect(counts).toEqual({ met: 2, partlyMet: 1, notMet: 1, noLongerApplicable: 3, notEvaluated: 5 });
    expect(verdictShares(counts)).toEqual({ met: 50, partlyMet: 25, notMet: 25 });
  });

  it("has no shares before anything is evaluated", () => {
    expect(verdictShares(countVerdicts([[null, 4]]))).toBeNull();
  });
});
