import { ContractKind } from "../../src/contracts/contract.entities";
import { addMonths } from "../../src/core/dates";
import { ContractStatus, DeadlineFlag, deadlineFlags, effectiveStatus, isSigned } from "../../src/contracts/contract-status";
import { defaultReviews, ReviewKind } from "../../src/contracts/review.entities";
import { diffContent } from "../../src/lifecycle/lifecycle";
import { candidateActions, isMet } from "../../src/commode/expectation.rules";

describe("a contract's status", () => {
  it("is ACTIVE once signed and started, as stored otherwise", () => {
    expect(effectiveStatus(ContractStatus.SIGNED, "2026-01-01", "2025-12-31")).toBe(ContractStatus.SIGNED);
    expect(effectiveStatus(ContractStatus.SIGNED, "2026-01-01", "2026-01-01")).toBe(ContractStatus.ACTIVE);
    expect(effectiveStatus(ContractStatus.NEGOTIATION, "2026-01-01", "2027-01-01")).toBe(ContractStatus.NEGOTIATION);
    expect(effectiveStatus(ContractStatus.CLOSED, "2026-01-01", "2032-01-01")).toBe(ContractStatus.CLOSED);
    expect([ContractStatus.DRAFT, ContractStatus.PROPOSED, ContractStatus.NEGOTIATION].some(isSigned)).toBe(false);
  });
});

describe("deadlines", () => {
  const campaign = { negotiationClosesOn: "2026-06-30", signatureDeadline: "2026-09-30" };
  const renewal = [{ scheduledOn: "2030-06-30", heldOn: null }];
  it.each<[ContractStatus, string, DeadlineFlag[]]>([
    [ContractStatus.NEGOTIATION, "2026-06-30", []],
    [ContractStatus.NEGOTIATION, "2026-07-01", [DeadlineFlag.NEGOTIATION_OVERDUE]],
    [ContractStatus.DRAFT, "2026-10-01", [DeadlineFlag.NEGOTIATION_OVERDUE, DeadlineFlag.SIGNATURE_OVERDUE]],
    [ContractStatus.SIGNED, "2026-10-01", []],
    [ContractStatus.SIGNED, "2030-06-30", []],
    [ContractStatus.SIGNED, "2030-07-01", [DeadlineFlag.RENEWAL_OVERDUE]],
    [ContractStatus.CLOSED, "2031-07-01", []],
  ])("%s on %s", (status, today, flags) => {
    expect(deadlineFlags(status, campaign, renewal, today)).toEqual(flags);
  });
  it("flags nothing without a campaign or deadlines, nor once renewal was asked for", () => {
    expect(deadlineFlags(ContractStatus.DRAFT, null, [], "2030-01-01")).toEqual([]);
    expect(deadlineFlags(ContractStatus.DRAFT, { negotiationClosesOn: null, signatureDeadline: null }, [], "2030-01-01")).toEqual([]);
    expect(deadlineFlags(ContractStatus.SIGNED, null, [{ scheduledOn: "2030-06-30", heldOn: "2030-05-01" }], "2031-01-01")).toEqual([]);
  });
});

describe("scheduled reviews", () => {
  it("adds months, keeping the day or the month's last day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2026-01-31", 18)).toBe("2027-07-31");
    expect(addMonths("2026-11-15", 2)).toBe("2027-01-15");
    expect(addMonths("2028-02-29", 12)).toBe("2029-02-28");
  });
  it("schedules a sanitary contract's two revisions, its mid-term and final reviews, and its renewal request a year before the end", () => {
    expect(defaultReviews(ContractKind.SANITARY, "2026-01-01", "2030-12-31")).toEqual([
      { kind: ReviewKind.REVISION, number: 1, scheduledOn: "2027-07-01" },
      { kind: ReviewKind.MID_TERM, number: 1, scheduledOn: "2028-07-01" },
      { kind: ReviewKind.REVISION, number: 2, scheduledOn: "2029-07-01" },
      { kind: ReviewKind.RENEWAL, number: 1, scheduledOn: "2029-12-31" },
      { kind: ReviewKind.FINAL, number: 1, scheduledOn: "2030-07-01" },
    ]);
  });
  it("schedules a medico-social contract's follow-up committees of years 3 and 5, and its extension request six months before the end", () => {
    expect(defaultReviews(ContractKind.MEDICO_SOCIAL, "2026-01-01", "2030-12-31")).toEqual([
      { kind: ReviewKind.MID_TERM, number: 1, scheduledOn: "2028-07-01" },
      { kind: ReviewKind.RENEWAL, number: 1, scheduledOn: "2030-06-30" },
      { kind: ReviewKind.FINAL, number: 1, scheduledOn: "2030-07-01" },
    ]);
  });
});

describe("the difference between two versions", () => {
  it("lists changed, added and removed leaves by path, arrays compared whole", () => {
    const before = { modules: { PREVENTION: { themes: ["M3-NUTRITION"], actions: { "1": { title: "A" }, "2": { title: "B" } } } } };
    const after = { modules: { PREVENTION: { themes: ["M3-NUTRITION", "M3-CHUTES"], actions: { "1": { title: "A bis" }, "3": { title: "C" } } } } };
    expect(diffContent(before, after)).toEqual([
      { path: "modules.PREVENTION.actions.1.title", before: '"A"', after: '"A bis"' },
      { path: "modules.PREVENTION.actions.2.title", before: '"B"', after: null },
      { path: "modules.PREVENTION.actions.3.title", before: null, after: '"C"' },
      { path: "modules.PREVENTION.themes", before: '["M3-NUTRITION"]', after: '["M3-NUTRITION","M3-CHUTES"]' },
    ]);
    expect(diffContent(after, after)).toEqual([]);
  });
});

describe("departments' expectations", () => {
  const expectation = { id: 7, themeCodes: ["M1-PUBLICS-SPECIFIQUES"], keywords: ["avancée en âge", "transition"] };
  it("is met by a linked action, the link confirmed or not answered yet; a contested link does not count", () => {
    expect(isMet(expectation, [{ expectationId: 7, status: "CONFIRMED" }])).toBe(true);
    expect(isMet(expectation, [{ expectationId: 7, status: "PROPOSED" }])).toBe(true);
    expect(isMet(expectation, [{ expectationId: 7, status: "CONTESTED" }])).toBe(false);
    expect(isMet(expectation, [{ expectationId: 8, status: "CONFIRMED" }])).toBe(false);
    expect(isMet(expectation, [])).toBe(false);
  });
  it("suggests actions by theme or by word, accents and case ignored, and only suggests", () => {
    const actions = [
      { id: 1, themeCode: "M1-PUBLICS-SPECIFIQUES", text: "Unité pour personnes handicapées vieillissantes" },
      { id: 2, themeCode: null, text: "Accompagner l'AVANCEE EN AGE des résidents" },
      { id: 3, themeCode: "M3-NUTRITION", text: "Dépistage de la dénutrition" },
      // A word is not a meaning: an ecological transition is suggested, and only a link would make it count.
      { id: 4, themeCode: "M2-SOBRIETE-ENERGETIQUE", text: "Transition écologique : réduire de 15 % la consommation" },
    ];
    expect(candidateActions(expectation, actions).map((a) => a.id)).toEqual([1, 2, 4]);
    expect(isMet(expectation, [])).toBe(false);
  });
});
