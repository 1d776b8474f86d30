import { Field, ID, InputType, Int } from "type-graphql";
import { IsBoolean, IsEnum, IsOptional } from "class-validator";
import { ContractKind } from "./contract.entities";

@InputType({ description: "Which contracts to list; every field narrows the list." })
export class ContractFilter {
  @Field(() => ID, { nullable: true })
  organisationId?: string;

  @Field(() => ID, { nullable: true })
  agencyId?: string;

  @Field(() => ContractKind, { description: "Only contracts of this family.", nullable: true })
  @IsOptional()
  @IsEnum(ContractKind)
  kind?: ContractKind;

  @Field(() => String, { nullable: true, description: "Contracts covering an establishment of this department." })
  departmentCode?: string;

  @Field(() => Boolean, { nullable: true, description: "True: only unsigned contracts past a deadline of their campaign (see deadlineFlags)." })
  @IsOptional()
  pastDeadline?: boolean;
}

@InputType()
export class AssignContractOfficerInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => Int, { description: "The contract's version read." })
  version: number;

  @Field(() => ID, { nullable: true, description: "An agency officer of the contract's agency; null: none." })
  officerId?: string | null;
}

@InputType()
export class SetOrganisationWriteAccessInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => Int, { description: "The contract's version read." })
  version: number;

  @Field(() => Boolean, { description: "True opens write access to the organisation's users; false closes it." })
  @IsBoolean()
  open: boolean;
}
