import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Sector } from "../organisations/organisation.entities";
import { ModuleType } from "./catalogue.entities";
import { Phase } from "./phases";
import { RuleKind, RuleScope } from "./selection-rules";

@ObjectType({ description: "How many actions are in a phase." })
export class PhaseCount {
  @Field(() => Phase, { description: "The phase." })
  phase: Phase;

  @Field(() => Int, { description: "How many actions stand in the phase." })
  count: number;
}

@ObjectType({ description: "An organisation's rate now against its rate at the last closed contract year." })
export class ProgressTrend {
  @Field(() => Float, { description: "The organisation's rate now.", nullable: true })
  currentRate: number | null;

  @Field(() => Int, { description: "The last closed contract year." })
  lastClosedYear: number;

  @Field(() => Float, { nullable: true, description: "The organisation's rate recorded when that year was closed." })
  lastClosedRate: number | null;

  @Field(() => Float, { nullable: true, description: "The change in points: currentRate − lastClosedRate." })
  change: number | null;
}

@ObjectType({ description: "A selection rule a module's plan breaks." })
export class PlanViolation {
  @Field(() => ID, { description: "The contract's module at fault." })
  moduleId: string;

  @Field(() => String, { description: "Which module of the commode it is." })
  moduleTypeCode: string;

  @Field(() => RuleKind, { description: "The rule broken." })
  rule: RuleKind;

  @Field(() => RuleScope, { description: "Whether the rule counts over the module or per sector." })
  scope: RuleScope;

  @Field(() => Int, { description: "The rule's value (the minimum or maximum)." })
  value: number;

  @Field(() => Sector, { nullable: true, description: "For a per-sector rule, the sector at fault." })
  sector: Sector | null;

  @Field(() => ID, { nullable: true, description: "For a per-theme rule, the theme at fault." })
  themeId: string | null;

  @Field(() => String, { description: "The rule broken, in words, in the language the request asks for." })
  message: string;
}

@ObjectType({ description: "An organisation's rate in one module, over its medico-social contracts." })
export class OrganisationModuleRate {
  @Field(() => ID, { description: "The organisation's id and the module type's code (\"12:GOUVERNANCE\"): one per organisation and module, for client caches." })
  id: string;

  @Field(() => ModuleType, { description: "The module." })
  moduleType: ModuleType;

  @Field(() => Float, { nullable: true, description: "Mean of the module's rates over the organisation's contracts (modules with no action left out); null if none has actions." })
  rate: number | null;

  @Field(() => Int, { description: "Its actions in the module, over its contracts." })
  actionCount: number;
}
