import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { IsOptional, MaxLength } from "class-validator";
import { IsNotBlank } from "../core/validators";

@InputType({ description: "A status change of a contract, at the version read." })
export class ContractTransitionInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
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
  @MaxLength(3)
  departmentCode?: string | null;
}

@InputType()
export class DeclineSignatureInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => String)
  @IsNotBlank()
  @MaxLength(5000)
  reason: string;
}

@InputType()
export class OpenAmendmentInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => String, { description: "What the amendment changes, and why." })
  @IsNotBlank()
  @MaxLength(10000)
  description: string;
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
  @MaxLength(60)
  code: string;

  @Field(() => String)
  @IsNotBlank()
  @MaxLength(5000)
  description: string;

  @Field(() => [String], { defaultValue: [] })
  themeCodes: string[];

  @Field(() => [String], { defaultValue: [] })
  keywords: string[];
}

@InputType()
export class SetDepartmentExpectationsInput {
  @Field(() => String)
  @MaxLength(3)
  departmentCode: string;

  @Field(() => [DepartmentExpectationInput], { description: "The complete list." })
  expectations: DepartmentExpectationInput[];
}
