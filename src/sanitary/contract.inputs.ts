import { Field, ID, InputType, Int } from "type-graphql";
import { MultilineText, TextLength } from "../core/graphql/input-limits";
import { LocalDateResolver } from "graphql-scalars";
import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from "class-validator";
import { IsNotBlank } from "../core/validators";
import { CONTRACT_YEARS } from "../contracts/period";
import { DataSource, Direction, IndicatorType, Verdict } from "./sanitary.enums";

@InputType()
export class OpenSanitaryContractInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  agencyId: string;

  @Field(() => LocalDateResolver, { description: "First day; the contract runs five years." })
  startDate: string;

  @Field(() => [ID], { nullable: true, description: "Sites covered; default: all the entity's health establishments in the region. An entity with its head office elsewhere gives exactly one." })
  @IsOptional()
  establishmentIds?: string[] | null;

  @Field(() => String, { nullable: true, description: "The category that sets the most objectives it may retain (the catalogue's default otherwise)." })
  @IsOptional()
  @TextLength(100)
  category?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  campaignId?: string | null;
}

@InputType()
export class DecideObjectiveInput {
  @Field(() => ID)
  contractObjectiveId: string;

  @Field(() => Int)
  version: number;

  @Field(() => Boolean, { description: "Retain the objective in the contract, or not." })
  @IsBoolean()
  retained: boolean;

  @Field(() => String, { description: "Enjeux: why it is retained or not." })
  @IsNotBlank()
  @MultilineText(10000)
  stakes: string;
}

@InputType()
export class IncludeActionInput {
  @Field(() => ID)
  contractActionId: string;

  @Field(() => Int)
  version: number;

  @Field(() => Boolean, { description: "True to include the action in the contract; false to leave it out." })
  @IsBoolean()
  included: boolean;
}

@InputType()
export class AdaptActionInput {
  @Field(() => ID)
  contractActionId: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { description: "The action's wording, adapted to the organisation." })
  @IsNotBlank()
  @MultilineText(5000)
  title: string;
}

@InputType({ description: "An indicator defined at negotiation." })
export class CustomIndicatorInput {
  @Field(() => String)
  @IsNotBlank()
  @TextLength(400)
  label: string;

  @Field(() => IndicatorType, { description: "What its values are." })
  @IsEnum(IndicatorType)
  type: IndicatorType;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(60)
  unit?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MultilineText(2000)
  calculationMethod?: string | null;

  @Field(() => DataSource, { description: "Who collects its data." })
  @IsEnum(DataSource)
  dataSource: DataSource;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(200)
  collectionPeriod?: string | null;

  @Field(() => Direction, { description: "Which way it should move.", defaultValue: Direction.HIGHER_IS_BETTER })
  @IsEnum(Direction)
  direction: Direction;
}

@InputType({ description: "Give either templateId (one of the catalogue's suggestions for the action) or custom." })
export class ChooseIndicatorInput {
  @Field(() => ID)
  contractActionId: string;

  @Field(() => Int, { description: "The action's version read." })
  version: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  templateId?: string | null;

  @Field(() => CustomIndicatorInput, { description: "An indicator of the contract's own, instead of one from the catalogue.", nullable: true })
  @IsOptional()
  @ValidateNested()
  custom?: CustomIndicatorInput | null;
}

@InputType({ description: "A value for one contract year." })
export class YearValueInput {
  @Field(() => Int, { description: `Contract year N, 1 to ${CONTRACT_YEARS}.` })
  @IsInt()
  year: number;

  @Field(() => String, { nullable: true, description: "YES / NO, a number (a percentage 0 to 100 for a rate), or text, as the indicator's type says; null clears it." })
  @IsOptional()
  @TextLength(100)
  value?: string | null;
}

@InputType()
export class SetIndicatorTargetsInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true, description: "Baseline T0, typed like the values." })
  @IsOptional()
  @TextLength(100)
  baseline?: string | null;

  @Field(() => Int, { nullable: true, description: "Year of the baseline: before the contract starts (2018 when known, else 2019, for the 2020 campaigns)." })
  @IsOptional()
  @IsInt()
  baselineYear?: number | null;

  @Field(() => [YearValueInput], { defaultValue: [], description: "Targets per contract year: what the contract makes opposable." })
  @ValidateNested({ each: true })
  targets: YearValueInput[];

  @Field(() => String, { nullable: true, description: "When the data is collected, e.g. March of each year." })
  @IsOptional()
  @TextLength(200)
  collectionPeriod?: string | null;
}

@InputType()
export class RecordActualInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => Int)
  version: number;

  @Field(() => Int, { description: `Contract year N, 1 to ${CONTRACT_YEARS}; it must have begun.` })
  @IsInt()
  year: number;

  @Field(() => String, { nullable: true, description: "The value achieved (réalisé), typed as the indicator's type says; null clears it." })
  @IsOptional()
  @TextLength(100)
  value?: string | null;
}

@InputType()
export class FlagNotMeasurableInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => Int)
  version: number;

  @Field(() => Boolean, { description: "True to flag it not measurable; false to withdraw the flag." })
  @IsBoolean()
  notMeasurable: boolean;

  @Field(() => String, { nullable: true, description: "Required when flagging: why the organisation cannot measure it." })
  @IsOptional()
  @MultilineText(5000)
  justification?: string | null;
}

@InputType()
export class DecideMeasurabilityInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => Int)
  version: number;

  @Field(() => Boolean, { description: "True: agreed, the indicator is no longer followed; false: it must be measured." })
  @IsBoolean()
  accepted: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MultilineText(5000)
  reason?: string | null;
}

@InputType()
export class OverrideVerdictInput {
  @Field(() => ID)
  indicatorId: string;

  @Field(() => Int)
  version: number;

  @Field(() => Int, { description: "Contract year N, 1 to 5." })
  @IsInt()
  @Min(1)
  @Max(CONTRACT_YEARS)
  year: number;

  @Field(() => Verdict, { nullable: true, description: "The agency's verdict; null goes back to the computed one." })
  @IsOptional()
  @IsEnum(Verdict)
  verdict?: Verdict | null;

  @Field(() => String, { nullable: true, description: "Required when setting a verdict." })
  @IsOptional()
  @MultilineText(5000)
  reason?: string | null;
}
