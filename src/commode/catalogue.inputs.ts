import { Field, ID, InputType, Int } from "type-graphql";
import { MaxItems, MultilineText, TextLength } from "../core/graphql/input-limits";
import { ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsInt, IsNotEmpty, IsOptional, Matches, Min, ValidateNested } from "class-validator";
import { SignatoryParty } from "../contracts/contract-life";
import { Sector } from "../organisations/organisation.entities";
import { QuestionAngle } from "./catalogue.entities";
import { RuleKind, RuleScope } from "./selection-rules";

/** A fiche has exactly five questions ([BFC notes 2025], docs/domain.md). */
export const FICHE_QUESTIONS = 5;

@InputType({ description: "A question of a thematic fiche." })
export class ThemeQuestionInput {
  @Field(() => QuestionAngle, { description: "From which angle: the organisation, or the people supported." })
  @IsEnum(QuestionAngle)
  angle: QuestionAngle;

  @Field(() => String)
  @IsNotEmpty()
  @MultilineText(1000)
  text: string;
}

@InputType()
export class CreateThemeInput {
  @Field(() => String, { description: "The module it belongs to, e.g. PREVENTION." })
  @IsNotEmpty()
  moduleTypeCode: string;

  @Field(() => String, { description: "Stable code: capitals, digits, - or _." })
  @Matches(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { message: "code must be 2 to 40 capitals, digits, - or _" })
  @TextLength(60)
  code: string;

  @Field(() => String)
  @IsNotEmpty()
  @TextLength(200)
  title: string;

  @Field(() => [Sector])
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Sector, { each: true })
  sectors: Sector[];

  @Field(() => String)
  @IsNotEmpty()
  @MultilineText(10000)
  definition: string;

  @Field(() => [ThemeQuestionInput], { description: `Exactly ${FICHE_QUESTIONS} questions.` })
  @ArrayMinSize(FICHE_QUESTIONS, { message: `questions must hold exactly ${FICHE_QUESTIONS} questions` })
  @MaxItems(FICHE_QUESTIONS)
  @ValidateNested({ each: true })
  questions: ThemeQuestionInput[];

  @Field(() => [String], { defaultValue: [] })
  @IsNotEmpty({ each: true })
  @MultilineText(2000)
  keyPoints: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsNotEmpty({ each: true })
  @MultilineText(2000)
  resources: string[];

  @Field(() => ID, { nullable: true, description: "Restrict the theme to this agency's contracts; empty for the common catalogue." })
  @IsOptional()
  agencyId?: string | null;
}

@InputType({ description: "Only the fields given are changed." })
export class UpdateThemeInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The version read; refused if someone changed the theme since." })
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @TextLength(200)
  title?: string;

  @Field(() => [Sector], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(Sector, { each: true })
  sectors?: Sector[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MultilineText(10000)
  definition?: string;

  @Field(() => [ThemeQuestionInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(FICHE_QUESTIONS, { message: `questions must hold exactly ${FICHE_QUESTIONS} questions` })
  @MaxItems(FICHE_QUESTIONS)
  @ValidateNested({ each: true })
  questions?: ThemeQuestionInput[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsNotEmpty({ each: true })
  @MultilineText(2000)
  keyPoints?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsNotEmpty({ each: true })
  @MultilineText(2000)
  resources?: string[];

  @Field(() => Boolean, { nullable: true, description: "Archive (true) or restore (false) the theme." })
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

@InputType({ description: "A selection rule of a module." })
export class SelectionRuleInput {
  @Field(() => RuleKind, { description: "What the rule counts." })
  @IsEnum(RuleKind)
  kind: RuleKind;

  @Field(() => Int, { description: "The minimum or maximum." })
  @IsInt()
  @Min(0)
  value: number;

  @Field(() => RuleScope, { description: "Over the module, or per sector.", defaultValue: RuleScope.MODULE })
  @IsEnum(RuleScope)
  scope: RuleScope;
}

@InputType({ description: "Only the fields given are changed; `rules`, when given, replaces all the module's rules." })
export class UpdateModuleTypeInput {
  @Field(() => String)
  @IsNotEmpty()
  code: string;

  @Field(() => Int, { description: "The version read; refused if someone changed the module since." })
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @TextLength(200)
  title?: string;

  @Field(() => [SignatoryParty], { nullable: true, description: "Who may activate the module when it is optional: AGENCY, ORGANISATION or both." })
  @IsOptional()
  @MaxItems(2)
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(SignatoryParty, { each: true })
  activationParties?: SignatoryParty[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MultilineText(5000)
  summary?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MultilineText(5000)
  expectedAtContracting?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MultilineText(5000)
  expectedDuring?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MultilineText(5000)
  followUpIndicator?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @MultilineText(5000)
  expectedAtEnd?: string;

  @Field(() => [SelectionRuleInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  rules?: SelectionRuleInput[];
}

@InputType({ description: "Which themes to list." })
export class ThemeFilter {
  @Field(() => String, { nullable: true })
  moduleTypeCode?: string;

  @Field(() => Sector, { nullable: true, description: "Themes concerning this sector." })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector;

  @Field(() => ID, { nullable: true, description: "The common catalogue plus this agency's own themes (default: the common catalogue only)." })
  agencyId?: string;

  @Field(() => Boolean, { description: "Archived themes too.", defaultValue: false })
  includeArchived: boolean;
}
