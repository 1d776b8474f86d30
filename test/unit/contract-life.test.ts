import { ContractPart, decide, Intent, SignatoryParty, transitionProblem } from "../../src/contracts/contract-life";
import { Contract, ContractKind } from "../../src/contracts/contract.entities";
import { Signature, SignatureStatus } from "../../src/lifecycle/lifecycle.entities";
import { partsInForce } from "../../src/lifecycle/signing";
import { ContractStatus } from "../../src/contracts/contract-status";

const { DRAFT, PROPOSED, NEGOTIATION, SIGNED, CLOSED } = ContractStatus;
const { AGENCY, ORGANISATION, DEPARTMENT } = SignatoryParty;
const open = { writeAccess: true };

/** The rule each case expects: null when allowed, else the rule that refuses. */
type Case = [ContractStatus, Intent, SignatoryParty | null, boolean /* amendment open */, string | null];

describe("the contract's life: who may do what, when", () => {
  const table: Case[] = [
    // Filling in: the agency and the organisation, before signature or under an open amendment.
    [DRAFT, Intent.FILL, AGENCY, false, null],
    [NEGOTIATION, Intent.FILL, ORGANISATION, false, null],
    [SIGNED, Intent.FILL, ORGANISATION, false, "AMENDMENT_REQUIRED"],
    [SIGNED, Intent.FILL, ORGANISATION, true, null],
    [CLOSED, Intent.FILL, AGENCY, true, "CONTRACT_CLOSED"],
    [NEGOTIATION, Intent.FILL, DEPARTMENT, false, "NOT_A_PARTY"],
    [NEGOTIATION, Intent.FILL, null, false, "NOT_A_PARTY"],
    // Amending what only the agency changes.
    [NEGOTIATION, Intent.AMEND, AGENCY, false, null],
    [NEGOTIATION, Intent.AMEND, ORGANISATION, false, "NOT_A_PARTY"],
    [SIGNED, Intent.AMEND, AGENCY, false, "AMENDMENT_REQUIRED"],
    [SIGNED, Intent.AMEND, AGENCY, true, null],
    // Reporting progress: at any time until the contract closes.
    [PROPOSED, Intent.REPORT, ORGANISATION, false, null],
    [SIGNED, Intent.REPORT, ORGANISATION, false, null],
    [CLOSED, Intent.REPORT, ORGANISATION, false, "CONTRACT_CLOSED"],
    [SIGNED, Intent.REPORT, DEPARTMENT, false, "NOT_A_PARTY"],
    // Managing: the agency, until the contract closes.
    [DRAFT, Intent.MANAGE, AGENCY, false, null],
    [SIGNED, Intent.MANAGE, AGENCY, false, null],
    [CLOSED, Intent.MANAGE, AGENCY, false, "CONTRACT_CLOSED"],
    [NEGOTIATION, Intent.MANAGE, ORGANISATION, false, "NOT_A_PARTY"],
    // Signing: the agency and the organisation during negotiation; departments once invited, and to join later.
    [NEGOTIATION, Intent.SIGN, AGENCY, false, null],
    [PROPOSED, Intent.SIGN, ORGANISATION, false, "TRANSITION_OUT_OF_ORDER"],
    [SIGNED, Intent.SIGN, AGENCY, false, "TRANSITION_OUT_OF_ORDER"],
    [DRAFT, Intent.SIGN, DEPARTMENT, false, "TRANSITION_OUT_OF_ORDER"],
    [PROPOSED, Intent.SIGN, DEPARTMENT, false, null],
    [SIGNED, Intent.SIGN, DEPARTMENT, false, null],
    [CLOSED, Intent.SIGN, DEPARTMENT, false, "CONTRACT_CLOSED"],
    // Amendments: signed by the agency and the organisation, of a signed contract.
    [SIGNED, Intent.SIGN_AMENDMENT, ORGANISATION, true, null],
    [NEGOTIATION, Intent.SIGN_AMENDMENT, AGENCY, false, "TRANSITION_OUT_OF_ORDER"],
    [SIGNED, Intent.SIGN_AMENDMENT, DEPARTMENT, true, "NOT_A_PARTY"],
  ];

  it.each(table)("%s, %s by %s (amendment open: %s): %s", (status, intent, party, amendmentOpen, expected) => {
    expect(decide(status, intent, { party, ...open }, amendmentOpen)?.rule ?? null).toBe(expected);
  });

  /** Cases on a part of a sanitary contract: [status, intent, party, amendment open, part, part in force, expected]. */
  const parts: [ContractStatus, Intent, SignatoryParty, boolean, ContractPart, boolean, string | null][] = [
    // An annex not signed yet is still negotiated after the base: no amendment needed.
    [SIGNED, Intent.FILL, ORGANISATION, false, ContractPart.ENGAGEMENTS, false, null],
    [SIGNED, Intent.AMEND, AGENCY, false, ContractPart.CARE_ACTIVITIES, false, null],
    // Once in force, it changes under an amendment that covers it.
    [SIGNED, Intent.FILL, ORGANISATION, false, ContractPart.ENGAGEMENTS, true, "AMENDMENT_REQUIRED"],
    [SIGNED, Intent.AMEND, AGENCY, true, ContractPart.FINANCING, true, null],
    // The annexes are signed with the base or after it, by the agency and the organisation only.
    [NEGOTIATION, Intent.SIGN, AGENCY, false, ContractPart.FINANCING, false, null],
    [SIGNED, Intent.SIGN, ORGANISATION, false, ContractPart.ENGAGEMENTS, false, null],
    [PROPOSED, Intent.SIGN, AGENCY, false, ContractPart.FINANCING, false, "TRANSITION_OUT_OF_ORDER"],
    [SIGNED, Intent.SIGN, DEPARTMENT, false, ContractPart.CARE_ACTIVITIES, false, "NOT_A_PARTY"],
    [CLOSED, Intent.SIGN, AGENCY, false, ContractPart.ENGAGEMENTS, false, "CONTRACT_CLOSED"],
  ];
  it.each(parts)("%s, %s by %s (amendment open: %s) on %s (in force: %s): %s", (status, intent, party, amendmentOpen, part, inForce, expected) => {
    expect(decide(status, intent, { party, ...open }, amendmentOpen, { part, inForce })?.rule ?? null).toBe(expected);
  });

  it("puts each part in force from its own signatures, an annex not before the base, a base imposed by decision without them", () => {
    const contract = Object.assign(new Contract(), { id: 1, kind: ContractKind.SANITARY, baseDecisionOn: null });
    const row = (part: ContractPart, party: SignatoryParty, signedOn: string | null) =>
      Object.assign(new Signature(), { contractId: 1, amendmentId: null, part, party, departmentCode: null, status: signedOn ? SignatureStatus.SIGNED : SignatureStatus.NOT_SIGNED, signedOn });
    const rows = [
      row(ContractPart.ENGAGEMENTS, AGENCY, "2026-01-05"),
      row(ContractPart.ENGAGEMENTS, ORGANISATION, "2026-01-06"),
      row(ContractPart.FINANCING, AGENCY, "2026-01-05"),
    ];
    // The annex is signed by both, but the base is not: nothing is in force.
    expect([...partsInForce(contract, rows).values()]).toEqual([null, null, null, null]);
    rows.push(row(ContractPart.BASE, AGENCY, "2026-01-10"), row(ContractPart.BASE, ORGANISATION, "2026-01-12"));
    expect(Object.fromEntries(partsInForce(contract, rows))).toEqual({ BASE: "2026-01-12", ENGAGEMENTS: "2026-01-12", CARE_ACTIVITIES: null, FINANCING: null });
    const imposed = Object.assign(new Contract(), { ...contract, baseDecisionOn: "2026-06-01" });
    expect(partsInForce(imposed, rows.slice(0, 3)).get(ContractPart.BASE)).toBe("2026-06-01");
    expect(partsInForce(imposed, rows.slice(0, 3)).get(ContractPart.ENGAGEMENTS)).toBe("2026-06-01");
  });

  it("keeps the organisation out until the agency opens write access, except to sign", () => {
    for (const intent of [Intent.FILL, Intent.REPORT]) expect(decide(NEGOTIATION, intent, { party: ORGANISATION, writeAccess: false }, false)?.rule).toBe("WRITE_ACCESS_CLOSED");
    expect(decide(NEGOTIATION, Intent.SIGN, { party: ORGANISATION, writeAccess: false }, false)).toBeNull();
  });

  it.each([
    [DRAFT, PROPOSED, AGENCY, null],
    [PROPOSED, NEGOTIATION, AGENCY, null],
    [NEGOTIATION, SIGNED, "SIGNATURES", null],
    [SIGNED, CLOSED, AGENCY, null],
    [DRAFT, NEGOTIATION, AGENCY, "cannot become"],
    [NEGOTIATION, SIGNED, AGENCY, "Only the signatures or the agency's decision"],
    [NEGOTIATION, SIGNED, "DECISION", null],
    [PROPOSED, SIGNED, "DECISION", null],
    [DRAFT, SIGNED, "DECISION", "cannot become"],
    [CLOSED, SIGNED, "SIGNATURES", "cannot become"],
    [PROPOSED, DRAFT, AGENCY, "cannot become"],
  ] as const)("moves %s → %s by %s: %s", (from, to, by, expected) => {
    const problem = transitionProblem(from, to, by);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem?.in("en")).toContain(expected);
  });
});
