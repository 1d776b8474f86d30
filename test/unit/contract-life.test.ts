import { decide, Intent, SignatoryParty, transitionProblem } from "../../src/contracts/contract-life";
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
    [NEGOTIATION, SIGNED, AGENCY, "Only the signatures"],
    [CLOSED, SIGNED, "SIGNATURES", "cannot become"],
    [PROPOSED, DRAFT, AGENCY, "cannot become"],
  ] as const)("moves %s → %s by %s: %s", (from, to, by, expected) => {
    const problem = transitionProblem(from, to, by);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toContain(expected);
  });
});
