import { Field, Float, ID, InputType, Int } from "type-graphql";
import { MaxItems, MultilineText, TextLength } from "../core/graphql/input-limits";
import { LocalDateResolver } from "graphql-scalars";
import { ArrayMinSize, IsInt, IsOptional, Min } from "class-validator";
import { IsNotBlank } from "../core/validators";
import { CONTRACT_YEARS } from "../contracts/period";

@InputType({ description: "An authorisation or recognition a health establishment holds." })
export class RecordEstablishmentActivityInput {
  @Field(() => ID)
  establishmentId: string;

  @Field(() => String, { description: "An activity code (see the activities query), e.g. URGENCES." })
  @IsNotBlank()
  @TextLength(40)
  activityCode: string;

  @Field(() => Int, { description: "Its capacity (places or beds), if it has one.", nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  capacity?: number | null;

  @Field(() => String, { nullable: true, description: "What the capacity counts, e.g. lits, places." })
  @IsOptional()
  @TextLength(40)
  capacityUnit?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  since?: string | null;
}

@InputType()
export class UpdateEstablishmentActivityInput {
  @Field(() => ID, { description: "The authorisation to change." })
  establishmentActivityId: string;

  @Field(() => Int)
  version: number;

  @Field(() => Int, { description: "Its capacity (places or beds); null: none.", nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  capacity?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(40)
  capacityUnit?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  since?: string | null;
}

@InputType()
export class RemoveEstablishmentActivityInput {
  @Field(() => ID, { description: "The authorisation to remove." })
  establishmentActivityId: string;

  @Field(() => Int)
  version: number;
}

@InputType({ description: `A recurring FIR financing line: its label and its amount for each of the ${CONTRACT_YEARS} contract years.` })
export class FinancingLineInput {
  @Field(() => String)
  @IsNotBlank()
  @TextLength(300)
  label: string;

  @Field(() => [Float], { description: `Euros per contract year, N1 to N${CONTRACT_YEARS}.` })
  @ArrayMinSize(CONTRACT_YEARS)
  @MaxItems(CONTRACT_YEARS)
  amounts: number[];
}

@InputType()
export class AddFinancingLineInput extends FinancingLineInput {
  @Field(() => ID)
  contractId: string;
}

@InputType()
export class UpdateFinancingLineInput extends FinancingLineInput {
  @Field(() => ID, { description: "The line to change." })
  financingLineId: string;

  @Field(() => Int)
  version: number;
}

@InputType()
export class RemoveFinancingLineInput {
  @Field(() => ID, { description: "The line to remove." })
  financingLineId: string;

  @Field(() => Int)
  version: number;
}

@InputType({ description: "The yearly financing amendment of a sanitary contract in one step: the amendment opened with the financing annex's new lines." })
export class AmendFinancingInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => String, { description: "What changes, e.g. Annexe financière 2027." })
  @IsNotBlank()
  @MultilineText(10000)
  description: string;

  @Field(() => [FinancingLineInput], { description: "The financing annex's lines as they will be (the complete list)." })
  @MaxItems(200)
  lines: FinancingLineInput[];
}
