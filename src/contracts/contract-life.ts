import { registerEnumType } from "type-graphql";
import { forbidden } from "../core/auth/auth-checker";
import { Role } from "../core/auth/roles";
import { currentUser } from "../core/auth/scope";
import type { RequestContext } from "../core/context";
import { DomainError, ErrorCode, ruleViolation } from "../core/errors";
import { canManageContract } from "./contract.access";
import { ContractKind, type Contract } from "./contract.entities";
import { ContractStatus } from "./contract-status";
import { msg, orList, type Message } from "../core/i18n/message";

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
  description: "A party that signs a contract.",
  valuesConfig: {
    AGENCY: { description: "The agency (ARS): its admin, or the officer in charge of the contract." },
    ORGANISATION: { description: "The organisation (organisme gestionnaire, legal entity)." },
    DEPARTMENT: { description: "A department (conseil départemental) concerned, co-signing a medico-social contract." },
  },
});

/**
 * The parts of a contract that are signed, each in force from its own date. A sanitary CPOM
 * is a base (socle) and three annexes, which may be signed after the base, each in force
 * from its own signature; the financing annex is amended every year (the ARS FAQ on the
 * 2019-2023 campaign; the ARA methodological guide for the annexes). A medico-social CPOM is
 * signed as one.
 */
export enum ContractPart {
  BASE = "BASE",
  ENGAGEMENTS = "ENGAGEMENTS",
  CARE_ACTIVITIES = "CARE_ACTIVITIES",
  FINANCING = "FINANCING",
}
registerEnumType(ContractPart, {
  name: "ContractPart",
  description: "A part of a contract signed on its own: the base, or an annex of a sanitary contract.",
  valuesConfig: {
    BASE: { description: "Socle contractuel (for a medico-social contract: the whole contract)." },
    ENGAGEMENTS: { description: "Annex 1: the strategic engagements (objectives, actions, indicators and targets)." },
    CARE_ACTIVITIES: { description: "Annex 2: the care activities (authorisations and recognitions of the covered sites)." },
    FINANCING: { description: "Annex 3: the financing (recurring FIR funding per year)." },
  },
});

/** The parts each kind of contract is signed in, base first. */
export const PARTS: Record<ContractKind, ContractPart[]> = {
  [ContractKind.SANITARY]: [ContractPart.BASE, ContractPart.ENGAGEMENTS, ContractPart.CARE_ACTIVITIES, ContractPart.FINANCING],
  [ContractKind.MEDICO_SOCIAL]: [ContractPart.BASE],
};

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
  /** A department's view of the plan: confirm or contest that an action answers its expectation. */
  ASSESS = "ASSESS",
  /** Attach a document to the contract or one of its parts: a signed scan, a deliberation, evidence. */
  ATTACH = "ATTACH",
}

/** Who may do what, as a table: the one place the rule lives (unit-tested as a table too). */
const PARTIES: Record<Intent, SignatoryParty[]> = {
  [Intent.FILL]: [SignatoryParty.AGENCY, SignatoryParty.ORGANISATION],
  [Intent.AMEND]: [SignatoryParty.AGENCY],
  [Intent.REPORT]: [SignatoryParty.AGENCY, SignatoryParty.ORGANISATION],
  [Intent.MANAGE]: [SignatoryParty.AGENCY],
  [Intent.SIGN]: [SignatoryParty.AGENCY, SignatoryParty.ORGANISATION, SignatoryParty.DEPARTMENT],
  [Intent.SIGN_AMENDMENT]: [SignatoryParty.AGENCY, SignatoryParty.ORGANISATION],
  [Intent.ASSESS]: [SignatoryParty.DEPARTMENT],
  [Intent.ATTACH]: [SignatoryParty.AGENCY, SignatoryParty.ORGANISATION, SignatoryParty.DEPARTMENT],
};

/** The stored statuses at which each party signs: the agency and the organisation during negotiation; a department once invited, and later to join. */
const SIGNS_WHEN: Record<SignatoryParty, ContractStatus[]> = {
  [SignatoryParty.AGENCY]: [ContractStatus.NEGOTIATION],
  [SignatoryParty.ORGANISATION]: [ContractStatus.NEGOTIATION],
  [SignatoryParty.DEPARTMENT]: [ContractStatus.PROPOSED, ContractStatus.NEGOTIATION, ContractStatus.SIGNED],
};

/**
 * What moves a contract: a party, the signatures of the agency and the organisation, or a
 * decision (arrêté) of the agency's director general fixing the base of a sanitary contract
 * the organisation has not signed a year after the regional health plan (CSP L6114-1).
 */
export type Mover = SignatoryParty | "SIGNATURES" | "DECISION";

/**
 * The statuses a contract moves through, and who moves it: the agency proposes, opens the
 * negotiation and closes; the signatures (or the agency's decision) make it SIGNED (see the
 * signing path). ACTIVE is not stored: a SIGNED contract is active from its start date.
 */
export const TRANSITIONS: Partial<Record<ContractStatus, Partial<Record<ContractStatus, Mover[]>>>> = {
  [ContractStatus.DRAFT]: { [ContractStatus.PROPOSED]: [SignatoryParty.AGENCY] },
  [ContractStatus.PROPOSED]: { [ContractStatus.NEGOTIATION]: [SignatoryParty.AGENCY], [ContractStatus.SIGNED]: ["DECISION"] },
  [ContractStatus.NEGOTIATION]: { [ContractStatus.SIGNED]: ["SIGNATURES", "DECISION"] },
  [ContractStatus.SIGNED]: { [ContractStatus.CLOSED]: [SignatoryParty.AGENCY] },
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
  message: Message;
}

/** Each part in words, for messages. */
export const PART_NAME: Record<ContractPart, Message> = {
  [ContractPart.BASE]: msg`the base`,
  [ContractPart.ENGAGEMENTS]: msg`the engagements annex (annex 1)`,
  [ContractPart.CARE_ACTIVITIES]: msg`the care activities annex (annex 2)`,
  [ContractPart.FINANCING]: msg`the financing annex (annex 3)`,
};

/** Each kind of contract in words, for messages. */
export const KIND_NAME: Record<ContractKind, Message> = {
  [ContractKind.SANITARY]: msg`sanitary`,
  [ContractKind.MEDICO_SOCIAL]: msg`medico-social`,
};

/** Each party in words, for messages. */
export const PARTY_NAME: Record<SignatoryParty, Message> = {
  [SignatoryParty.AGENCY]: msg`the agency`,
  [SignatoryParty.ORGANISATION]: msg`the organisation`,
  [SignatoryParty.DEPARTMENT]: msg`the department`,
};

const WHAT: Record<Intent, Message> = {
  [Intent.FILL]: msg`fill in this contract`,
  [Intent.AMEND]: msg`amend this contract`,
  [Intent.REPORT]: msg`report progress on this contract`,
  [Intent.MANAGE]: msg`manage this contract`,
  [Intent.SIGN]: msg`sign this contract`,
  [Intent.SIGN_AMENDMENT]: msg`sign an amendment of this contract`,
  [Intent.ASSESS]: msg`assess the plan of this contract`,
  [Intent.ATTACH]: msg`attach a document to this contract`,
};

/** The part an intent touches, and whether it is in force (signed by both parties, or imposed). */
export interface PartConcerned {
  part: ContractPart;
  inForce: boolean;
}

/**
 * The rule itself, without the database: may `actor` do `intent` to a contract at `status`
 * (stored), to `part` of it, with or without an amendment open that covers that part? Null
 * when it may. A part not yet in force (an annex signed after the base) is still negotiated.
 */
export function decide(
  status: ContractStatus,
  intent: Intent,
  actor: Actor,
  amendmentOpen: boolean,
  concerned: PartConcerned = { part: ContractPart.BASE, inForce: status === ContractStatus.SIGNED },
): Refusal | null {
  if (!actor.party || !PARTIES[intent].includes(actor.party)) {
    return { code: ErrorCode.FORBIDDEN, rule: "NOT_A_PARTY", message: msg`Only ${orList(PARTIES[intent].map((p) => PARTY_NAME[p]))} may ${WHAT[intent]}` };
  }
  // Signing, and handing documents to its interlocutor, are the organisation's whatever the write access to the content.
  if (actor.party === SignatoryParty.ORGANISATION && intent !== Intent.SIGN && intent !== Intent.SIGN_AMENDMENT && intent !== Intent.ATTACH && !actor.writeAccess) {
    return { code: ErrorCode.FORBIDDEN, rule: "WRITE_ACCESS_CLOSED", message: msg`The agency has not opened write access to this contract yet` };
  }
  if (status === ContractStatus.CLOSED) return { code: ErrorCode.RULE_VIOLATION, rule: "CONTRACT_CLOSED", message: msg`The contract is closed: it can only be read` };
  if ((intent === Intent.FILL || intent === Intent.AMEND) && status === ContractStatus.SIGNED && concerned.inForce && !amendmentOpen) {
    const message =
      concerned.part === ContractPart.BASE
        ? msg`The contract is signed: its content changes only through an amendment (openAmendment)`
        : msg`This part of the contract, ${PART_NAME[concerned.part]}, is signed: it changes only through an amendment (openAmendment)`;
    return { code: ErrorCode.RULE_VIOLATION, rule: "AMENDMENT_REQUIRED", message };
  }
  if (intent === Intent.SIGN && concerned.part !== ContractPart.BASE) {
    if (actor.party === SignatoryParty.DEPARTMENT) return { code: ErrorCode.FORBIDDEN, rule: "NOT_A_PARTY", message: msg`A department co-signs the contract itself, not the annexes of a sanitary contract` };
    // An annex is signed with the base, or after it.
    if (status !== ContractStatus.NEGOTIATION && status !== ContractStatus.SIGNED) {
      return { code: ErrorCode.RULE_VIOLATION, rule: "TRANSITION_OUT_OF_ORDER", message: msg`The contract is ${status}: ${PART_NAME[concerned.part]} cannot be signed now` };
    }
    return null;
  }
  if (intent === Intent.SIGN && !SIGNS_WHEN[actor.party].includes(status)) {
    return { code: ErrorCode.RULE_VIOLATION, rule: "TRANSITION_OUT_OF_ORDER", message: msg`The contract is ${status}: ${PARTY_NAME[actor.party]} cannot sign it now` };
  }
  if (intent === Intent.SIGN_AMENDMENT && status !== ContractStatus.SIGNED) {
    return { code: ErrorCode.RULE_VIOLATION, rule: "TRANSITION_OUT_OF_ORDER", message: msg`The contract is ${status}: only a signed contract has amendments to sign` };
  }
  return null;
}

/** May a contract move from `from` to `to`, and by whom? The message when it may not. */
export function transitionProblem(from: ContractStatus, to: ContractStatus, by: Mover): Message | null {
  const allowed = TRANSITIONS[from]?.[to];
  if (allowed === undefined) return msg`The contract is ${from}: it cannot become ${to}`;
  const words = (m: Mover) => (m === "SIGNATURES" ? msg`the signatures` : m === "DECISION" ? msg`the agency's decision` : PARTY_NAME[m]);
  if (!allowed.includes(by)) return msg`Only ${orList(allowed.map(words))} make a ${from} contract ${to}`;
  return null;
}

/**
 * Tells whether a contract has an amendment open that covers a part (the lifecycle area,
 * which owns amendments, answers): the message that refuses it when one is open for another part.
 */
type AmendmentOpen = (ctx: RequestContext, contract: Contract, part: ContractPart) => Promise<{ covers: boolean; otherwise: Message | null }>;
let amendmentOpen: AmendmentOpen = async () => ({ covers: false, otherwise: null });
export function registerAmendmentCheck(check: AmendmentOpen): void {
  amendmentOpen = check;
}

/** The parts of a signed contract in force (the lifecycle area, which owns signatures, answers). */
type PartsInForce = (ctx: RequestContext, contract: Contract) => Promise<Set<ContractPart>>;
let partsInForce: PartsInForce = async (_ctx, contract) => new Set(contract.status === ContractStatus.SIGNED ? PARTS[contract.kind] : []);
export function registerPartsInForce(lookup: PartsInForce): void {
  partsInForce = lookup;
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
 * contract as loaded in its transaction, what it intends to do and the part it touches (the
 * base by default: all of a medico-social contract); it answers with the party acting, or
 * refuses with the rule (FORBIDDEN for who, RULE_VIOLATION for when).
 */
export async function gate(
  ctx: RequestContext,
  contract: Contract,
  intent: Intent,
  part: ContractPart = ContractPart.BASE,
): Promise<{ party: SignatoryParty; departmentCode: string | null }> {
  const { party, departmentCode } = await partyOf(ctx, contract);
  const changes = (intent === Intent.FILL || intent === Intent.AMEND) && contract.status === ContractStatus.SIGNED;
  const inForce = changes || intent === Intent.SIGN ? (await partsInForce(ctx, contract)).has(part) : contract.status === ContractStatus.SIGNED;
  const amendment = changes && inForce ? await amendmentOpen(ctx, contract, part) : { covers: false, otherwise: null };
  const refusal = decide(contract.status, intent, { party, writeAccess: contract.organisationCanEdit }, amendment.covers, { part, inForce });
  if (refusal?.rule === "AMENDMENT_REQUIRED" && amendment.otherwise) refusal.message = amendment.otherwise;
  if (refusal) {
    throw refusal.code === ErrorCode.FORBIDDEN ? forbidden(refusal.message, { rule: refusal.rule }) : ruleViolation(refusal.rule, refusal.message, { status: contract.status });
  }
  return { party: party!, departmentCode };
}

/** An error for a transition the table refuses. */
export const outOfOrder = (message: Message) => new DomainError(ErrorCode.RULE_VIOLATION, message, { rule: "TRANSITION_OUT_OF_ORDER", field: "contractId" });
