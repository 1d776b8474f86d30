import type { EntityTarget, ObjectLiteral } from "typeorm";
import { forbidden } from "../core/auth/auth-checker";
import { AGENCY_ROLES, Role, type AuthUser } from "../core/auth/roles";
import { currentUser, type SqlFilter } from "../core/auth/scope";
import { assertWithinScope, contractScope, hiddenAs } from "../core/auth/tenant";
import type { RequestContext } from "../core/context";
import { findOrFail, findWithinScope } from "../core/ids";
import { Contract } from "./contract.entities";
import { msg, type Message } from "../core/i18n/message";

/** The contracts a user may read, as a condition on the alias `c` (the rule is core/auth/tenant.ts). */
export function contractReadScope(user: AuthUser, c = "c"): SqlFilter {
  return contractScope(user, c);
}

/**
 * The contract of a part given by id (`raw` in `field`), if the user may read it; otherwise
 * the NOT_FOUND that an unknown id of that part gets, so another tenant's ids tell nothing.
 */
export async function assertContractVisible(ctx: RequestContext, contract: Contract, label: Message, raw: unknown, field: string): Promise<void> {
  await assertWithinScope(ctx.em, "contract", "c", contract.id, contractScope(currentUser(ctx)), hiddenAs(label, raw, field));
}

/** A contract given by id, if the user may read it; otherwise NOT_FOUND. Loaded in the transaction during a mutation. */
export async function requireContract(ctx: RequestContext, raw: string | number, field: string): Promise<Contract> {
  return findWithinScope(ctx.em, Contract, "c", raw, field, msg`Contract`, contractScope(currentUser(ctx)));
}

/**
 * A part of a contract given by id (a module, an action, an indicator, an amendment…) with
 * its contract, if the user may read that contract; otherwise the part's NOT_FOUND.
 */
export async function requireContractPart<T extends ObjectLiteral>(
  ctx: RequestContext,
  entity: EntityTarget<T>,
  raw: string | number,
  field: string,
  label: Message,
  contractIdOf: (row: T) => number | Promise<number>,
): Promise<{ row: T; contract: Contract }> {
  const row = await findOrFail(ctx.em, entity, raw, field, label);
  const contract = await ctx.em.findOneByOrFail(Contract, { id: await contractIdOf(row) });
  await assertContractVisible(ctx, contract, label, raw, field);
  return { row, contract };
}

/** The agency side of a contract: its agency's admin, or the officer it is assigned to (interlocuteur ARS). */
export function canManageContract(user: AuthUser, contract: Contract): boolean {
  if (user.role === Role.AGENCY_ADMIN) return contract.agencyId === user.agencyId;
  if (user.role === Role.AGENCY_OFFICER) return contract.agencyId === user.agencyId && contract.officerId === user.id;
  return false;
}

/** Only an agency opens its own contracts. */
export function assertActsForAgency(ctx: RequestContext, agencyId: number): void {
  const user = currentUser(ctx);
  if (!AGENCY_ROLES.includes(user.role) || user.agencyId !== agencyId) throw forbidden(msg`Only the agency itself opens its contracts`, { field: "agencyId" });
}
