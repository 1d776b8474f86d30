import { Field, ID, InputType, Int } from "type-graphql";
import { MultilineText } from "../core/graphql/input-limits";
import { LocalDateResolver } from "graphql-scalars";
import { IsInt, IsNotEmpty, IsOptional, Max, Min, ValidateNested } from "class-validator";
import { CONTRACT_YEARS } from "../contracts/period";

@InputType({ description: "An optional module (6 to 8) to activate when the contract opens, and why." })
export class OptionalModuleInput {
  @Field(() => String, { description: "The module's code, e.g. EVALUATION_HAS." })
  @IsNotEmpty()
  moduleTypeCode: string;

  @Field(() => String, { description: "Why the module is activated." })
  @IsNotEmpty()
  @MultilineText(2000)
  reason: string;
}

@InputType()
export class OpenMedicoSocialContractInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  agencyId: string;

  @Field(() => LocalDateResolver, { description: "First day; the contract runs five years." })
  startDate: string;

  @Field(() => [ID], { nullable: true, description: "Establishments covered; default: all the organisation's PA/PH establishments in the agency's region." })
  @IsOptional()
  establishmentIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: "The agency's campaign it belongs to (its expected trajectory)." })
  @IsOptional()
  campaignId?: string | null;

  @Field(() => [OptionalModuleInput], { defaultValue: [], description: "Optional modules activated from the start." })
  @ValidateNested({ each: true })
  optionalModules: OptionalModuleInput[];
}

@InputType()
export class ActivateModuleInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => String)
  @IsNotEmpty()
  moduleTypeCode: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Default: today. Must fall within the contract." })
  @IsOptional()
  activationDate?: string | null;

  @Field(() => String)
  @IsNotEmpty()
  @MultilineText(2000)
  reason: string;
}

@InputType()
export class SelectModuleThemesInput {
  @Field(() => ID)
  moduleId: string;

  @Field(() => Int, { description: "The module's version read; refused if someone changed its themes since." })
  version: number;

  @Field(() => [ID], { description: "The complete selection: themes not listed are deselected." })
  themeIds: string[];
}

@InputType()
export class CloseContractYearInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => Int, { description: `Contract year, 1 to ${CONTRACT_YEARS}.` })
  @IsInt()
  @Min(1)
  @Max(CONTRACT_YEARS)
  year: number;
}
