import { registerEnumType } from "type-graphql";
import { forbidden } from "../core/auth/auth-checker";
import { Role } from "../core/auth/roles";
import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { DomainError, ErrorCode, ruleViolation } from "../core/errors";
import { canManageContract } from "./contract.access";
import type { Contract } from "./contract.entities";
import { ContractStatus } from "./contract-status";

/**
 * A contract's life in one place: who takes part in it, what each may do at each stage, and
 * how it moves from stage to stage. Every service that changes a contract, or a part of it,
 * asks `gate` once, with what it intends to do; the answer is the party acting, or the rule
 * that refuses it.
 */

/** The parties of a contract: the agency (its admin, or the officer in charge), the organisation, each department concerned. */
export enum SignatoryParty {
  AGENCY = "AGENCY",
  ORGANISATION = "ORGANISATION",
  DEPARTMENT = "DEPARTMENT",
}
registerEnumType(SignatoryParty, {
  name: "SignatoryParty",
  valuesConfig: {
    AGENCY: { description: "The agency (ARS): its admin, or the officer in charge of the contract." },
    ORGANISATION: { description: "The organisation (organisme gestionnaire, legal entity)." },
    DEPARTMENT: { description: "A department (conseil départemental) concerned, co-signing a medico-social contract." },
  },
});

/** What someone intends to do to a contract. */
export enum Intent {
  /** Fill in its content: themes and actions of the plan, objectives, indicators and targets. */
  FILL = "FILL",
  /** Change content only the agency changes: remove an action, financing, the measurability of an indicator, an annex. */
  AMEND = "AMEND",
  /** Report progress: phases and completion of actions, actuals, the structure's part of an evaluation. */
  REPORT = "REPORT",
  /** Run the contract: its officer, write access, reviews, comments, year closes, status changes, the agency's diagnostics. */
  MANAGE = "MANAGE",
  /** Sign, or co-sign, the contract itself. */
  SIGN = "SIGN",
  /** Sign an amendment of the signed contract. */
  SIGN_AMENDMENT = "SIGN_AMENDMENT",
}

/** Who may do what, as a table: the one place the rule lives (unit-tested as a table too). */
const PARTIES: Record<Intent, SignatoryParty[]> = {
  [Intent.FILL]: [SignatoryParty.AGENCY, SignatoryParty.ORGANISATION],
  [Intent.AMEND]: [SignatoryParty.AGENCY],
  [Intent.REPORT]: [SignatoryParty.AGENCY, SignatoryParty.ORGANISATION],
  [Intent.MANAGE]: [SignatoryParty.AGENCY],
  [Intent.SIGN]: [SignatoryParty.AGENCY, SignatoryParty.ORGANISATION, SignatoryParty.DEPARTMENT],
  [Intent.SIGN_AMENDMENT]: [SignatoryParty.AGENCY, SignatoryParty.ORGANISATION],
};

/** The stored statuses at which each party signs: the agency and the organisation during negotiation; a department once invited, and later to join. */
const SIGNS_WHEN: Record<SignatoryParty, ContractStatus[]> = {
  [SignatoryParty.AGENCY]: [ContractStatus.NEGOTIATION],
  [SignatoryParty.ORGANISATION]: [ContractStatus.NEGOTIATION],
  [SignatoryParty.DEPARTMENT]: [ContractStatus.PROPOSED, ContractStatus.NEGOTIATION, ContractStatus.SIGNED],
};

/**
 * The statuses a contract moves through, and who moves it: the agency proposes, opens the
 * negotiation and closes; the signatures make it SIGNED (see the signing path). ACTIVE is not
 * stored: a SIGNED contract is active from its start date.
 */
export const TRANSITIONS: Partial<Record<ContractStatus, Partial<Record<ContractStatus, SignatoryParty | "SIGNATURES">>>> = {
  [ContractStatus.DRAFT]: { [ContractStatus.PROPOSED]: SignatoryParty.AGENCY },
  [ContractStatus.PROPOSED]: { [ContractStatus.NEGOTIATION]: SignatoryParty.AGENCY },
  [ContractStatus.NEGOTIATION]: { [ContractStatus.SIGNED]: "SIGNATURES" },
  [ContractStatus.SIGNED]: { [ContractStatus.CLOSED]: SignatoryParty.AGENCY },
};

/** Who is acting, as the gate sees them. */
export interface Actor {
  party: SignatoryParty | null;
  /** For the organisation: the agency has opened write access. */
  writeAccess: boolean;
}

export interface Refusal {
  code: ErrorCode.FORBIDDEN | ErrorCode.RULE_VIOLATION;
  rule: string;
  message: string;
}

const WHAT: Record<Intent, string> = {
  [Intent.FILL]: "fill in",
  [Intent.AMEND]: "amend",
  [Intent.REPORT]: "report progress on",
  [Intent.MANAGE]: "manage",
  [Intent.SIGN]: "sign",
  [Intent.SIGN_AMENDMENT]: "sign an amendment of",
};

/**
 * The rule itself, without the database: may `actor` do `intent` to a contract at `status`
 * (stored), with or without an amendment open? Null when it may.
 */
export function decide(status: ContractStatus, intent: Intent, actor: Actor, amendmentOpen: boolean): Refusal | null {
  if (!actor.party || !PARTIES[intent].includes(actor.party)) {
    return { code: ErrorCode.FORBIDDEN, rule: "NOT_A_PARTY", message: `Only ${PARTIES[intent].map((p) => p.toLowerCase()).join(" or ")} may ${WHAT[intent]} this contract` };
  }
  if (actor.party === SignatoryParty.ORGANISATION && intent !== Intent.SIGN && intent !== Intent.SIGN_AMENDMENT && !actor.writeAccess) {
    return { code: ErrorCode.FORBIDDEN, rule: "WRITE_ACCESS_CLOSED", message: "The agency has not opened write access to this contract yet" };
  }
  if (status === ContractStatus.CLOSED) return { code: ErrorCode.RULE_VIOLATION, rule: "CONTRACT_CLOSED", message: "The contract is closed: it can only be read" };
  if ((intent === Intent.FILL || intent === Intent.AMEND) && status === ContractStatus.SIGNED && !amendmentOpen) {
    return { code: ErrorCode.RULE_VIOLATION, rule: "AMENDMENT_REQUIRED", message: "The contract is signed: its content changes only through an amendment (openAmendment)" };
  }
  if (intent === Intent.SIGN && !SIGNS_WHEN[actor.party].includes(status)) {
    return { code: ErrorCode.RULE_VIOLATION, rule: "TRANSITION_OUT_OF_ORDER", message: `The contract is ${status}: the ${actor.party.toLowerCase()} cannot sign it now` };
  }
  if (intent === Intent.SIGN_AMENDMENT && status !== ContractStatus.SIGNED) {
    return { code: ErrorCode.RULE_VIOLATION, rule: "TRANSITION_OUT_OF_ORDER", message: `The contract is ${status}: only a signed contract has amendments to sign` };
  }
  return null;
}

/** May a contract move from `from` to `to`, and by whom? The message when it may not. */
export function transitionProblem(from: ContractStatus, to: ContractStatus, by: SignatoryParty | "SIGNATURES"): string | null {
  const allowed = TRANSITIONS[from]?.[to];
  if (allowed === undefined) return `The contract is ${from}: it cannot become ${to}`;
  if (allowed !== by) return `Only ${allowed === "SIGNATURES" ? "the signatures" : `the ${allowed.toLowerCase()}`} make a ${from} contract ${to}`;
  return null;
}

/** Tells whether a contract has an amendment open (the lifecycle area, which owns amendments, answers). */
type AmendmentOpen = (ctx: RequestContext, contract: Contract) => Promise<boolean>;
let amendmentOpen: AmendmentOpen = async () => false;
export function registerAmendmentCheck(check: AmendmentOpen): void {
  amendmentOpen = check;
}

/** Departments concerned by a contract (registered by the lifecycle area too). */
type DepartmentsOf = (ctx: RequestContext, contract: Contract) => Promise<string[]>;
let departmentsOf: DepartmentsOf = async () => [];
export function registerConcernedDepartments(lookup: DepartmentsOf): void {
  departmentsOf = lookup;
}

/** The party the user acts for in a contract (null: none). */
export async function partyOf(ctx: RequestContext, contract: Contract): Promise<{ party: SignatoryParty | null; departmentCode: string | null }> {
  const user = currentUser(ctx);
  if (canManageContract(user, contract)) return { party: SignatoryParty.AGENCY, departmentCode: null };
  if (user.role === Role.ORGANISATION_USER && user.organisationId === contract.organisationId) return { party: SignatoryParty.ORGANISATION, departmentCode: null };
  if (user.role === Role.DEPARTMENT_USER && (await departmentsOf(ctx, contract)).includes(user.departmentCode!)) return { party: SignatoryParty.DEPARTMENT, departmentCode: user.departmentCode };
  return { party: null, departmentCode: null };
}

/**
 * The gate: every service that touches a contract (or a part of it) calls it once, with the
 * contract as loaded in its transaction and what it intends to do; it answers with the party
 * acting, or refuses with the rule (FORBIDDEN for who, RULE_VIOLATION for when).
 */
export async function gate(ctx: RequestContext, contract: Contract, intent: Intent): Promise<{ party: SignatoryParty; departmentCode: string | null }> {
  const { party, departmentCode } = await partyOf(ctx, contract);
  const needsAmendment = (intent === Intent.FILL || intent === Intent.AMEND) && contract.status === ContractStatus.SIGNED;
  const refusal = decide(contract.status, intent, { party, writeAccess: contract.organisationCanEdit }, needsAmendment && (await amendmentOpen(ctx, contract)));
  if (refusal) {
    throw refusal.code === ErrorCode.FORBIDDEN ? forbidden(refusal.message, { rule: refusal.rule }) : ruleViolation(refusal.rule, refusal.message, { status: contract.status });
  }
  return { party: party!, departmentCode };
}

/** An error for a transition the table refuses. */
export const outOfOrder = (message: string) => new DomainError(ErrorCode.RULE_VIOLATION, message, { rule: "TRANSITION_OUT_OF_ORDER", field: "contractId" });
