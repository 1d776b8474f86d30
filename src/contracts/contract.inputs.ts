import { Field, ID, InputType } from "type-graphql";
import { IsEnum, IsOptional } from "class-validator";
import { ContractKind } from "./contract.entities";

@InputType()
export class ContractFilter {
  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field(() => ID, { nullable: true })
  agencyId?: string;

  @Field(() => ContractKind, { nullable: true })
  @IsOptional()
  @IsEnum(ContractKind)
  kind?: ContractKind;

  @Field(() => String, { nullable: true, description: "Contracts covering an establishment of this department." })
  departmentCode?: string;
}
