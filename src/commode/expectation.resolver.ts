import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { AGENCY_ROLES, Role } from "../core/auth/roles";
import type { RequestContext } from "../core/context";
import DataLoader from "dataloader";
import { byIdLoader, defineLoader, manyByLoader } from "../core/loaders";
import { Transactional } from "../core/transactional";
import { Contract } from "../contracts/contract.entities";
import { DepartmentExpectation } from "../lifecycle/lifecycle.entities";
import { NotificationKind, Notifies } from "../notifications/notification-kind";
import { actionById } from "./commode.loaders";
import { ExpectationLink } from "./expectation.entities";
import { DecideExpectationLinkInput, LinkActionToExpectationInput, RemoveExpectationLinkInput } from "./expectation.inputs";
import * as expectations from "./expectation.service";
import type { ExpectationView } from "./expectation.service";
import { Action } from "./plan.entities";

const linksByContract = manyByLoader<ExpectationLink, number>(ExpectationLink, "contractId", { id: "ASC" });
/** Each contract's expectations, met or not, batched over the contracts of a page. */
const expectationViewsByContract = defineLoader(
  (ctx) =>
    new DataLoader<Contract, ExpectationView[], number>(
      async (contracts) => {
        const views = await expectations.expectationViews(ctx.em, [...contracts]);
        return contracts.map((c) => views.get(c.id) ?? []);
      },
      { cacheKeyFn: (c) => c.id },
    ),
);
const expectationById = byIdLoader(DepartmentExpectation);

@ObjectType({ description: "A department's expectation of the contract's plan: met or not by the actions linked to it, and the actions that may answer it." })
class ContractExpectation {
  @Field(() => DepartmentExpectation, { description: "The department's expectation." })
  expectation: DepartmentExpectation;

  @Field(() => Boolean, { description: "An action is linked to it, the department having confirmed the link or not answered yet (a contested link does not count)." })
  met: boolean;

  @Field(() => [ExpectationLink], { description: "The actions said to answer it, and the department's answers." })
  links: ExpectationLink[];

  @Field(() => [Action], { description: "Actions of the plan its themes or words point to, not linked yet: suggestions only." })
  candidateActions: Action[];
}

/** Departments' expectations of a medico-social plan, met by explicit links that the department confirms or contests. */
@Authorized()
@Resolver(() => Contract)
export class ContractExpectationResolver {
  @FieldResolver(() => [ContractExpectation], { description: "The expectations of the departments concerned (medico-social), each with its links and candidate actions." })
  async expectations(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<ContractExpectation[]> {
    const [views, links] = await Promise.all([expectationViewsByContract(ctx).load(contract), linksByContract(ctx).load(contract.id)]);
    return views.map((v) => ({ expectation: v.expectation, met: v.met, links: links.filter((l) => l.expectationId === v.expectation.id), candidateActions: v.candidates }));
  }

  @FieldResolver(() => [DepartmentExpectation], { description: "The expectations of the departments concerned that no action is linked to (confirmed, or proposed and not contested)." })
  async unmetExpectations(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<DepartmentExpectation[]> {
    return (await expectationViewsByContract(ctx).load(contract)).filter((v) => !v.met).map((v) => v.expectation);
  }

  @FieldResolver(() => [ExpectationLink], { description: "Every link between an action of the plan and a department's expectation." })
  expectationLinks(@Root() contract: Contract, @Ctx() ctx: RequestContext): Promise<ExpectationLink[]> {
    return linksByContract(ctx).load(contract.id);
  }
}

@Authorized()
@Resolver(() => ExpectationLink)
export class ExpectationLinkResolver {
  @FieldResolver(() => Action, { description: "The action said to answer it." })
  async action(@Root() link: ExpectationLink, @Ctx() ctx: RequestContext): Promise<Action> {
    return (await actionById(ctx).load(link.actionId))!;
  }

  @FieldResolver(() => DepartmentExpectation, { description: "The department's expectation." })
  async expectation(@Root() link: ExpectationLink, @Ctx() ctx: RequestContext): Promise<DepartmentExpectation> {
    return (await expectationById(ctx).load(link.expectationId))!;
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => ExpectationLink, { description: "Says that an action of the plan answers a department's expectation; the department then confirms or contests it." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  linkActionToExpectation(@Ctx() ctx: RequestContext, @Arg("input") input: LinkActionToExpectationInput): Promise<ExpectationLink> {
    return expectations.linkActionToExpectation(ctx, input);
  }

  @Authorized([Role.DEPARTMENT_USER])
  @Mutation(() => ExpectationLink, { description: "The department whose expectation it is confirms the link, or contests it saying why." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  decideExpectationLink(@Ctx() ctx: RequestContext, @Arg("input") input: DecideExpectationLinkInput): Promise<ExpectationLink> {
    return expectations.decideExpectationLink(ctx, input);
  }

  @Authorized([...AGENCY_ROLES, Role.ORGANISATION_USER])
  @Mutation(() => Contract, { description: "Withdraws a link between an action and an expectation; returns the contract." })
  @Notifies(NotificationKind.PLAN_CHANGE)
  @Transactional()
  removeExpectationLink(@Ctx() ctx: RequestContext, @Arg("input") input: RemoveExpectationLinkInput): Promise<Contract> {
    return expectations.removeExpectationLink(ctx, input);
  }
}
