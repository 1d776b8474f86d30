import { Field, ID, InputType, Int } from "type-graphql";
import { MaxItems, MultilineText, TextLength } from "../core/graphql/input-limits";
import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from "class-validator";
import { IsNotBlank } from "../core/validators";
import { LegalStatus } from "../organisations/organisation.entities";
import { DataSource, Direction, IndicatorType } from "./sanitary.enums";

@InputType({ description: "Which establishments an action concerns: every condition given must hold." })
export class ConcernedRuleInput {
  @Field(() => String, { description: "The catalogue's words, e.g. \"Tous ceux autorisés en urgences\"." })
  @IsNotBlank()
  @MultilineText(2000)
  text: string;

  @Field(() => [LegalStatus], { defaultValue: [], description: "Legal statuses concerned (any); empty: all." })
  @IsEnum(LegalStatus, { each: true })
  legalStatuses: LegalStatus[];

  @Field(() => [String], { defaultValue: [], description: "Activity codes a site must all hold." })
  allOf: string[];

  @Field(() => [String], { defaultValue: [], description: "Activity codes a site must hold at least one of; empty: no such condition." })
  anyOf: string[];

  @Field(() => [String], { defaultValue: [], description: "Activity codes a site must not hold." })
  noneOf: string[];

  @Field(() => [String], { defaultValue: [], description: "Establishment categories the organisation must manage (e.g. EHPAD)." })
  organisationManages: string[];
}

@InputType({ description: "An indicator a catalogue suggests for a typed action." })
export class IndicatorTemplateInput {
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

@InputType({ description: "A typed action (engagement) of a sanitary catalogue, with the establishments it concerns and its suggested indicators." })
export class ActionTypeInput {
  @Field(() => String)
  @IsNotBlank()
  @TextLength(20)
  code: string;

  @Field(() => String)
  @IsNotBlank()
  @TextLength(400)
  title: string;

  @Field(() => Boolean, { description: "Mandatory for the establishments it concerns, when they retain its objective." })
  @IsBoolean()
  mandatory: boolean;

  @Field(() => ConcernedRuleInput, { description: "Which establishments it concerns (établissements concernés)." })
  @ValidateNested()
  concerned: ConcernedRuleInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MultilineText(2000)
  note?: string | null;

  @Field(() => [IndicatorTemplateInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  indicators: IndicatorTemplateInput[];
}

@InputType({ description: "A strategic objective of a catalogue, with its typed actions." })
export class StrategicObjectiveInput {
  @Field(() => String)
  @IsNotBlank()
  @TextLength(20)
  code: string;

  @Field(() => String)
  @IsNotBlank()
  @TextLength(400)
  title: string;

  @Field(() => [ActionTypeInput])
  @ValidateNested({ each: true })
  actions: ActionTypeInput[];
}

@InputType({ description: "A strategic orientation of a catalogue, with its objectives." })
export class StrategicOrientationInput {
  @Field(() => String)
  @IsNotBlank()
  @TextLength(20)
  code: string;

  @Field(() => String)
  @IsNotBlank()
  @TextLength(300)
  title: string;

  @Field(() => [StrategicObjectiveInput])
  @ValidateNested({ each: true })
  objectives: StrategicObjectiveInput[];
}

@InputType({ description: "The most objectives for an establishment category." })
export class ObjectiveLimitInput {
  @Field(() => String)
  @IsNotBlank()
  @TextLength(100)
  category: string;

  @Field(() => Int, { description: "The most strategic objectives a contract of this category may retain." })
  @IsInt()
  @Min(1)
  @Max(50)
  maxObjectives: number;
}

@InputType({ description: "A whole catalogue: orientations (or volets), objectives, typed actions and suggested indicators." })
export class SanitaryCatalogueInput {
  @Field(() => String)
  @IsNotBlank()
  @TextLength(200)
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(400)
  source?: string | null;

  @Field(() => Int, { description: "Strategic objectives a contract may retain at most, unless its category has its own limit." })
  @IsInt()
  @Min(1)
  @Max(50)
  defaultMaxObjectives: number;

  @Field(() => [ObjectiveLimitInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  objectiveLimits: ObjectiveLimitInput[];

  @Field(() => [StrategicOrientationInput])
  @MaxItems(20)
  @ValidateNested({ each: true })
  orientations: StrategicOrientationInput[];

  @Field(() => Boolean, { defaultValue: true, description: "Make it the catalogue new contracts of the region are proposed from." })
  @IsBoolean()
  active: boolean;
}

@InputType()
export class UpdateCatalogueLimitsInput {
  @Field(() => ID)
  catalogueId: string;

  @Field(() => Int)
  version: number;

  @Field(() => Int, { description: "Strategic objectives a contract may retain at most, unless its category has its own limit." })
  @IsInt()
  @Min(1)
  @Max(50)
  defaultMaxObjectives: number;

  @Field(() => [ObjectiveLimitInput])
  @ValidateNested({ each: true })
  objectiveLimits: ObjectiveLimitInput[];
}
