import { IsNull, type FindOptionsWhere } from "typeorm";
import { forbidden } from "../core/auth/auth-checker";
import { auditCreate, auditUpdate, snapshot } from "../core/audit/audit";
import type { RequestContext } from "../core/context";
import { badInput, ruleViolation } from "../core/errors";
import { ContractPart, gate, Intent, PART_NAME, PARTS, PARTY_NAME, partyOf, SignatoryParty } from "../contracts/contract-life";
import type { Contract } from "../contracts/contract.entities";
import { auditScope } from "../contracts/contract.service";
import { Signature, SignatureStatus, type Amendment } from "./lifecycle.entities";
import { msg, sentence } from "../core/i18n/message";

/** What is signed: a part of the contract itself (its base, or an annex), or one of its amendments. */
export interface SignTarget {
  contract: Contract;
  amendment: Amendment | null;
  /** For the contract itself: the part signed (amendments are signed whole: BASE). */
  part: ContractPart;
}

export interface Signed {
  party: SignatoryParty;
  departmentCode: string | null;
  signature: Signature;
  /** The agency and the organisation have now both signed: the target is in force from `inForceOn`. */
  inForce: boolean;
  inForceOn: string | null;
}

/** The parties whose two signatures put a contract, or an amendment, in force. */
const IN_FORCE_WITH = [SignatoryParty.AGENCY, SignatoryParty.ORGANISATION];

/** When both parties have signed `rows` (of one target), the later of their dates; else null. */
function bothSignedOn(rows: Signature[]): string | null {
  const both = IN_FORCE_WITH.map((p) => rows.find((s) => s.party === p && s.status === SignatureStatus.SIGNED));
  return both.every((s) => s) ? both.map((s) => s!.signedOn!).sort().at(-1)! : null;
}

/**
 * When each part of a contract is in force (null: not yet), from its own signatures (amendments'
 * excluded): the base from the later of the agency's and the organisation's signatures, or from
 * the agency's decision that imposed it; an annex from the later of its two signatures, and not
 * before the base.
 */
export function partsInForce(contract: Contract, rows: Signature[]): Map<ContractPart, string | null> {
  const own = rows.filter((r) => r.contractId === contract.id && r.amendmentId === null);
  const base = contract.baseDecisionOn ?? bothSignedOn(own.filter((r) => r.part === ContractPart.BASE));
  return new Map(
    PARTS[contract.kind].map((part) => {
      if (part === ContractPart.BASE) return [part, base];
      const annex = bothSignedOn(own.filter((r) => r.part === part));
      return [part, base && annex ? [base, annex].sort().at(-1)! : null];
    }),
  );
}

/**
 * The one signing path, for contracts and amendments alike: the party is the one the user
 * acts for (the gate says who, and when each may sign); a signature is dated today or
 * before (and, for an amendment, not before its opening); each party signs once; with the
 * agency's and the organisation's signatures the target is in force, from the later of
 * the two dates. What being in force does (a contract SIGNED, an amendment's new version)
 * is the caller's.
 */
export async function sign(
  ctx: RequestContext,
  target: SignTarget,
  signedOn: string,
  askedDepartment: string | null | undefined,
  /** What else must hold for this party to sign now (the content complete, say), checked before anything is written. */
  ready: (party: SignatoryParty) => Promise<void> = async () => undefined,
): Promise<Signed> {
  const { contract, amendment, part } = target;
  // Who asks to sign for whom, before when: a department given by someone who does not sign for it is refused first.
  const asked = await partyOf(ctx, contract);
  if (askedDepartment && askedDepartment !== asked.departmentCode) {
    if (asked.party === SignatoryParty.DEPARTMENT) throw forbidden(msg`You sign for department ${asked.departmentCode}, not ${askedDepartment}`, { field: "departmentCode" });
    throw badInput("departmentCode", msg`Only a department's user signs for a department`);
  }
  const { party, departmentCode } = await gate(ctx, contract, amendment ? Intent.SIGN_AMENDMENT : Intent.SIGN, part);
  if (signedOn > ctx.today()) throw badInput("signedOn", msg`A signature is dated today or before, got ${signedOn}`);
  if (amendment && signedOn < amendment.openedOn) throw badInput("signedOn", msg`An amendment is signed between its opening (${amendment.openedOn}) and today, got ${signedOn}`);
  const where: FindOptionsWhere<Signature> = { contractId: contract.id, amendmentId: amendment ? amendment.id : IsNull(), part, party, ...(departmentCode ? { departmentCode } : {}) };
  const existing = await ctx.tm.findOneBy(Signature, where);
  const what = amendment ? msg`amendment ${amendment.number}` : part === ContractPart.BASE ? msg`contract ${contract.id}` : msg`${PART_NAME[part]} of contract ${contract.id}`;
  const signatory = departmentCode ? msg`${PARTY_NAME[party]} ${departmentCode}` : PARTY_NAME[party];
  if (existing?.status === SignatureStatus.SIGNED) throw ruleViolation("ALREADY_SIGNED", msg`${sentence(signatory)} already signed ${what} on ${existing.signedOn}`);
  await ready(party);
  const signature =
    existing ?? ctx.tm.create(Signature, { contractId: contract.id, amendmentId: amendment?.id ?? null, part, party, departmentCode, reason: null });
  const before = existing ? snapshot(existing) : null;
  Object.assign(signature, { status: SignatureStatus.SIGNED, signedOn, signedBy: ctx.actorName() });
  const saved = await ctx.tm.save(signature);
  if (before) await auditUpdate(ctx, "Signature", before, saved, auditScope(contract));
  else await auditCreate(ctx, "Signature", saved, auditScope(contract));

  if (!IN_FORCE_WITH.includes(party)) return { party, departmentCode, signature: saved, inForce: false, inForceOn: null };
  const inForceOn = bothSignedOn(await ctx.tm.findBy(Signature, { contractId: contract.id, amendmentId: amendment ? amendment.id : IsNull(), part }));
  return { party, departmentCode, signature: saved, inForce: inForceOn !== null, inForceOn };
}
