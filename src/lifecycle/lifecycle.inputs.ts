import { Field, ID, InputType, Int } from "type-graphql";
import { MaxItems, MultilineText, TextLength } from "../core/graphql/input-limits";
import { ContractPart } from "../contracts/contract-life";
import { LocalDateResolver } from "graphql-scalars";
import { IsOptional } from "class-validator";
import { IsNotBlank } from "../core/validators";
import { AmendmentKind } from "./lifecycle.entities";

@InputType({ description: "A status change of a contract, at the version read." })
export class ContractTransitionInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MultilineText(5000)
  comment?: string | null;
}

@InputType({ description: "Your party's signature: the agency (its admin or the officer in charge), the organisation, or your department." })
export class SignContractInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => LocalDateResolver, { description: "The date of signature." })
  signedOn: string;

  @Field(() => String, { nullable: true, description: "For a department user: the department signed for (yours)." })
  @IsOptional()
  @TextLength(3)
  departmentCode?: string | null;

  @Field(() => [ContractPart], {
    nullable: true,
    description: "The parts signed: for a sanitary contract the base and any of its annexes (an annex may be signed after the base, each in force from its own date); left out: every part your party has not signed yet.",
  })
  @IsOptional()
  @MaxItems(4)
  parts?: ContractPart[] | null;
}

@InputType({ description: "The base of a sanitary contract fixed by the agency's decision (arrêté) when the organisation has not signed it a year after the regional health plan's adoption." })
export class ImposeContractBaseInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => Int)
  version: number;

  @Field(() => LocalDateResolver, { description: "The decision's date: from it the base is in force." })
  decisionDate: string;

  @Field(() => String, { description: "The decision's reference (arrêté n°…)." })
  @IsNotBlank()
  @TextLength(200)
  decisionReference: string;

  @Field(() => LocalDateResolver, { description: "When the regional health plan (PRS) was adopted: the decision comes a year after it at the earliest." })
  regionalHealthPlanAdoptedOn: string;
}

@InputType()
export class DeclineSignatureInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => String)
  @IsNotBlank()
  @MultilineText(5000)
  reason: string;
}

@InputType()
export class OpenAmendmentInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => String, { description: "What the amendment changes, and why." })
  @IsNotBlank()
  @MultilineText(10000)
  description: string;

  @Field(() => AmendmentKind, { defaultValue: AmendmentKind.AMENDMENT, description: "AMENDMENT (any change) or EXTENSION (the end date moves)." })
  kind: AmendmentKind;

  @Field(() => LocalDateResolver, { nullable: true, description: "For an extension: the new end date, at most a year after the current one." })
  @IsOptional()
  newEndDate?: string | null;

  @Field(() => ContractPart, { nullable: true, description: "The only part it revises (a sanitary contract's annex); left out: any part. A FINANCING amendment revises the financing annex." })
  @IsOptional()
  part?: ContractPart | null;
}

@InputType()
export class SignAmendmentInput {
  @Field(() => ID)
  amendmentId: string;

  @Field(() => LocalDateResolver)
  signedOn: string;
}

@InputType({ description: "A department's expectation of the plans it signs." })
export class DepartmentExpectationInput {
  @Field(() => String)
  @IsNotBlank()
  @TextLength(60)
  code: string;

  @Field(() => String)
  @IsNotBlank()
  @MultilineText(5000)
  description: string;

  @Field(() => [String], { defaultValue: [] })
  @TextLength(60)
  themeCodes: string[];

  @Field(() => [String], { defaultValue: [] })
  @TextLength(60)
  keywords: string[];
}

@InputType()
export class SetDepartmentExpectationsInput {
  @Field(() => String)
  @TextLength(3)
  departmentCode: string;

  @Field(() => [DepartmentExpectationInput], { description: "The complete list." })
  expectations: DepartmentExpectationInput[];
}
