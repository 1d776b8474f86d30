import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { NotificationKind, Notifies } from "../notifications/notification-kind";
import { JSONObjectResolver, LocalDateResolver } from "graphql-scalars";
import { AGENCY_ROLES, ALL_ROLES, Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import DataLoader from "dataloader";
import { In, IsNull } from "typeorm";
import { groupBy } from "../core/collections";
import { byIdLoader, defineLoader, manyByLoader } from "../core/loaders";
import { establishmentsByContract } from "../contracts/contract.loaders";
import { parseId } from "../core/ids";
import { Transactional } from "../core/transactional";
import { Contract, ContractKind, ContractStatus } from "../contracts/contract.entities";
import { effectiveStatus } from "../contracts/contract-status";
import { Amendment, ContractStatusChange, ContractVersion, DepartmentExpectation, Signature } from "./lifecycle.entities";
import { ContractTransitionInput, DeclineSignatureInput, ImposeContractBaseInput, OpenAmendmentInput, SetDepartmentExpectationsInput, SignAmendmentInput, SignContractInput } from "./lifecycle.inputs";
import { partsInForce } from "./signing";
import { CommentTarget, ContractComment } from "../contracts/comment.entities";
import { commentsOn } from "../contracts/comment.loaders";
import { registerCommentTarget } from "../contracts/comment.service";
import { ContractPart, PARTS } from "../contracts/contract-life";
import * as lifecycle from "./lifecycle.service";
import * as amendments from "./amendment.service";

registerCommentTarget(CommentTarget.AMENDMENT, (em, contract, id) => em.existsBy(Amendment, { id, contractId: contract.id }));

const statusChangesByContract = manyByLoader<ContractStatusChange, number>(ContractStatusChange, "contractId", { changedAt: "ASC" });
const amendmentsByContract = manyByLoader<Amendment, number>(Amendment, "contractId", { number: "ASC" });
export const versionsByContract = manyByLoader<ContractVersion, number>(ContractVersion, "contractId", { number: "ASC" });
const signaturesByAmendment = manyByLoader<Signature, number>(Signature, "amendmentId");
/** The signatures of each contract itself (not of its amendments). */
const contractSignaturesByContract = defineLoader(
  (ctx) =>
    new DataLoader<number, Signature[]>(async (contractIds) => {
      const rows = await ctx.em.find(Signature, { where: { contractId: In([...contractIds]), amendmentId: IsNull() }, order: { id: "ASC" } });
      const groups = groupBy(rows, (r) => r.contractId);
      return contractIds.map((id) => groups.get(id) ?? []);
    }),
);
const expectationsByDepartment = manyByLoader<DepartmentExpectation, string>(DepartmentExpectation, "departmentCode", { code: "ASC" });
const amendmentById = byIdLoader(Amendment);

@ObjectType({ description: "A part of a contract signed on its own (the base; a sanitary contract's annexes), with its signatures and the date it came into force." })
class ContractPartState {
  @Field(() => ContractPart, { description: "The part: the base, or one of the annexes." })
  part: ContractPart;

  @Field(() => LocalDateResolver, { nullable: true, description: "From when it is in force; null while it is not." })
  inForceOn: string | null;

  @Field(() => Boolean, { description: "The base imposed by the agency's decision (arrêté), without the organisation's signature." })
  imposedByDecision: boolean;

  @Field(() => [Signature], { description: "The agency's and the organisation's signatures of this part (and, for the base of a medico-social contract, each concerned department's)." })
  signatures: Signature[];
}

@ObjectType({ description: "A difference between two versions of a contract's content." })
class ContentChange {
  @Field(() => String, { description: "Where, e.g. modules.PREVENTION.actions.12.title or objectives.1.2.actions.1.2.1.indicator.targets." })
  path: string;

  @Field(() => String, { nullable: true, description: "JSON of the value before; null: it did not exist." })
  before: string | null;

  @Field(() => String, { nullable: true, description: "JSON of the value after; null: it was removed." })
  after: string | null;
}

/** The contract's life: status, signatures, amendments and versions. */
@Authorized()
@Resolver(() => Contract)
export class ContractLifecycleResolver {
  @FieldResolver(() => ContractStatus, { description: "Where the contract stands: DRAFT, PROPOSED, NEGOTIATION, SIGNED, ACTIVE (signed, from its start date), CLOSED." })
  status(@Root() contract: Contract, @Ctx() ctx: RequestContext): ContractStatus {
    return effectiveStatus(contract.status, contract.startDate, ctx.today());
  }

  @FieldResolver(() => [ContractStatusChange], { description: "Every status change, oldest first." })
  statusHistory(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<ContractStatusChange[]> {
    return statusChangesByContract(ctx).load(contract.id);
  }

  @FieldResolver(() => [Signature], { description: "The signatures of the contract itself (its base): the agency's, the organisation's and each concerned department's, with its status." })
  async signatures(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<Signature[]> {
    const [rows, establishments] = await Promise.all([contractSignaturesByContract(ctx).load(contract.id), establishmentsByContract(ctx).load(contract.id)]);
    // Departments co-sign medico-social contracts only (the rule of lifecycle.service's concernedDepartments).
    const departments = contract.kind === ContractKind.MEDICO_SOCIAL ? [...new Set(establishments.map((e) => e.departmentCode))].sort() : [];
    return amendments.contractSignatures(contract, rows, departments);
  }

  @FieldResolver(() => [ContractPartState], { description: "Its parts, each signed on its own and in force from its own date: the base, then a sanitary contract's three annexes." })
  async parts(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<ContractPartState[]> {
    const rows = await contractSignaturesByContract(ctx).load(contract.id);
    const inForce = partsInForce(contract, rows);
    const departments = contract.kind === ContractKind.MEDICO_SOCIAL ? [...new Set((await establishmentsByContract(ctx).load(contract.id)).map((e) => e.departmentCode))].sort() : [];
    return PARTS[contract.kind].map((part) => ({
      part,
      inForceOn: inForce.get(part) ?? null,
      imposedByDecision: part === ContractPart.BASE && contract.baseDecisionOn !== null,
      signatures: amendments.contractSignatures(contract, rows, departments, part),
    }));
  }

  @FieldResolver(() => [Amendment], { description: "Amendments and actualisations, in order." })
  amendments(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<Amendment[]> {
    return amendmentsByContract(ctx).load(contract.id);
  }

  @FieldResolver(() => [ContractVersion], { description: "Its versions: 0 when its base came into force, then one per amendment signed and per annex signed after the base." })
  versions(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<ContractVersion[]> {
    return versionsByContract(ctx).load(contract.id);
  }

  @Query(() => JSONObjectResolver, { description: "A contract's content at a version (0: when its base came into force; then after each amendment or annex signed later; none: now)." })
  contractVersion(
    @Ctx() ctx: RequestContext,
    @Arg("contractId", () => ID) contractId: string,
    @Arg("number", () => Int, { description: "The version's number; empty: the latest.", nullable: true }) number?: number | null,
  ): Promise<Record<string, unknown>> {
    return amendments.contentAt(ctx, parseId(contractId, "contractId"), number ?? null, "number");
  }

  @Query(() => [ContentChange], { description: "What changed between two versions of a contract (to left out: the contract as it is now)." })
  contractVersionDiff(
    @Ctx() ctx: RequestContext,
    @Arg("contractId", () => ID) contractId: string,
    @Arg("from", () => Int, { description: "The earlier version's number." }) from: number,
    @Arg("to", () => Int, { description: "The later version's number; empty: the latest.", nullable: true }) to?: number | null,
  ): Promise<ContentChange[]> {
    return amendments.diffVersions(ctx, parseId(contractId, "contractId"), from, to ?? null);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => Contract, { description: "DRAFT → PROPOSED: opens the proposal to the organisation and invites the departments concerned." })
  @Notifies(NotificationKind.STATUS_CHANGE)
  @Transactional()
  proposeContract(@Ctx() ctx: RequestContext, @Arg("input") input: ContractTransitionInput): Promise<Contract> {
    return lifecycle.proposeContract(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => Contract, { description: "PROPOSED → NEGOTIATION: the management dialogue; opens write access to the organisation." })
  @Notifies(NotificationKind.STATUS_CHANGE)
  @Transactional()
  startNegotiation(@Ctx() ctx: RequestContext, @Arg("input") input: ContractTransitionInput): Promise<Contract> {
    return lifecycle.startNegotiation(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER, Role.DEPARTMENT_USER])
  @Mutation(() => Contract, {
    description:
      "Signs for your party; with the agency's and the organisation's signatures of its base the contract is SIGNED. A sanitary contract's annexes may be signed with the base or later, each in force from its own date. A department joining a signed contract makes an actualisation.",
  })
  @Notifies(NotificationKind.SIGNATURE)
  @Transactional()
  signContract(@Ctx() ctx: RequestContext, @Arg("input") input: SignContractInput): Promise<Contract> {
    return lifecycle.signContract(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => Contract, {
    description:
      "The agency's director general fixes the base of a sanitary contract by decision (arrêté) when the organisation has not signed it a year after the regional health plan's adoption: the contract is SIGNED from the decision, without the organisation's signature.",
  })
  @Notifies(NotificationKind.STATUS_CHANGE)
  @Transactional()
  imposeContractBase(@Ctx() ctx: RequestContext, @Arg("input") input: ImposeContractBaseInput): Promise<Contract> {
    return lifecycle.imposeContractBase(ctx, input);
  }

  @Authorized([Role.DEPARTMENT_USER])
  @Mutation(() => Contract, { description: "A department concerned declines to co-sign, saying why." })
  @Notifies(NotificationKind.SIGNATURE)
  @Transactional()
  declineSignature(@Ctx() ctx: RequestContext, @Arg("input") input: DeclineSignatureInput): Promise<Contract> {
    return lifecycle.declineSignature(ctx, input);
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => Contract, { description: "ACTIVE → CLOSED, after the end date and the final evaluation." })
  @Notifies(NotificationKind.STATUS_CHANGE)
  @Transactional()
  closeContract(@Ctx() ctx: RequestContext, @Arg("input") input: ContractTransitionInput): Promise<Contract> {
    return lifecycle.closeContract(ctx, input);
  }
}

@Authorized()
@Resolver(() => Amendment)
export class AmendmentResolver {
  @FieldResolver(() => [Signature], { description: "Each party's signature of the amendment." })
  signatures(@Root() amendment: Amendment, @Ctx() ctx: RequestContext): Promise<Signature[]> {
    return signaturesByAmendment(ctx).load(amendment.id);
  }

  @FieldResolver(() => [ContractComment], { description: "The agency's comments on this amendment, oldest first." })
  comments(@Root() amendment: Amendment, @Ctx() ctx: RequestContext): Promise<ContractComment[]> {
    return commentsOn(ctx, CommentTarget.AMENDMENT, amendment.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "For an actualisation: the department that joined." })
  departmentCode(@Root() amendment: Amendment): string | null {
    return amendment.departmentCode;
  }

  @FieldResolver(() => [DepartmentExpectation], { description: "For an actualisation: what the joining department expects of the plan." })
  expectations(@Root() amendment: Amendment, @Ctx() ctx: RequestContext): Promise<DepartmentExpectation[]> | DepartmentExpectation[] {
    return amendment.departmentCode ? expectationsByDepartment(ctx).load(amendment.departmentCode) : [];
  }

  @Authorized(AGENCY_ROLES)
  @Mutation(() => Amendment, { description: "Opens an amendment (avenant) to a signed contract: its content may change until the amendment is signed." })
  @Notifies(NotificationKind.AMENDMENT)
  @Transactional()
  openAmendment(@Ctx() ctx: RequestContext, @Arg("input") input: OpenAmendmentInput): Promise<Amendment> {
    return amendments.openAmendment(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => Amendment, { description: "Signs an amendment for your party; signed by both, it is in force and makes a new version." })
  @Notifies(NotificationKind.SIGNATURE)
  @Transactional()
  signAmendment(@Ctx() ctx: RequestContext, @Arg("input") input: SignAmendmentInput): Promise<Amendment> {
    return amendments.signAmendment(ctx, input);
  }
}

@Authorized()
@Resolver(() => Signature)
export class SignatureResolver {
  @FieldResolver(() => ID, { description: "Its record's id; for a party with no record yet (NOT_SIGNED), one made of the contract, the part (an annex) and the party." })
  id(@Root() signature: Signature): string {
    if (signature.id) return String(signature.id);
    const part = signature.part === ContractPart.BASE ? "" : `-${signature.part.toLowerCase()}`;
    return `contract-${signature.contractId}${part}-${signature.party.toLowerCase()}${signature.departmentCode ? `-${signature.departmentCode}` : ""}`;
  }
}

@Authorized()
@Resolver(() => ContractVersion)
export class ContractVersionResolver {
  @FieldResolver(() => Amendment, { description: "The amendment that made this version; null for version 0 and for an annex signed later.", nullable: true })
  amendment(@Root() version: ContractVersion, @Ctx() ctx: RequestContext): Promise<Amendment | null> | null {
    return version.amendmentId === null ? null : amendmentById(ctx).load(version.amendmentId);
  }
}

@Authorized()
@Resolver(() => DepartmentExpectation)
export class DepartmentExpectationResolver {
  @Authorized(ALL_ROLES)
  @Query(() => [DepartmentExpectation], { description: "What a department expects of the plans it signs." })
  departmentExpectations(@Ctx() ctx: RequestContext, @Arg("departmentCode", () => String) departmentCode: string): Promise<DepartmentExpectation[]> {
    return expectationsByDepartment(ctx).load(departmentCode);
  }

  @Authorized([...AGENCY_ROLES, Role.DEPARTMENT_USER])
  @Mutation(() => [DepartmentExpectation], { description: "Sets a department's expectations (the complete list): its own users or the agency of its region." })
  @Transactional()
  setDepartmentExpectations(@Ctx() ctx: RequestContext, @Arg("input") input: SetDepartmentExpectationsInput): Promise<DepartmentExpectation[]> {
    return amendments.setDepartmentExpectations(ctx, input);
  }
}
