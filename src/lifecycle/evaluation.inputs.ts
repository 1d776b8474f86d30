import { Field, ID, InputType, Int } from "type-graphql";
import { MultilineText } from "../core/graphql/input-limits";
import { LocalDateResolver } from "graphql-scalars";
import { IsEnum, IsOptional } from "class-validator";
import { IsNotBlank } from "../core/validators";
import { DiagnosticAuthor, EngagementProposalKind, EvaluationKind } from "./evaluation.entities";

@InputType()
export class OpenEvaluationInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => EvaluationKind, { description: "Mid-term or final." })
  @IsEnum(EvaluationKind)
  kind: EvaluationKind;
}

@InputType({ description: "A dated diagnostic: the structure's (its own users), the agency's, or the shared one (the agency records it)." })
export class RecordDiagnosticInput {
  @Field(() => ID)
  evaluationId: string;

  @Field(() => Int)
  version: number;

  @Field(() => DiagnosticAuthor, { description: "Whose diagnostic: the agency's, the organisation's, or the shared one." })
  @IsEnum(DiagnosticAuthor)
  author: DiagnosticAuthor;

  @Field(() => String)
  @IsNotBlank()
  @MultilineText(50000)
  text: string;

  @Field(() => LocalDateResolver)
  date: string;
}

@InputType({ description: "The SWOT (forces, faiblesses, opportunités, menaces); a field left out is kept." })
export class RecordSwotInput {
  @Field(() => ID)
  evaluationId: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MultilineText(20000)
  strengths?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MultilineText(20000)
  weaknesses?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MultilineText(20000)
  opportunities?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MultilineText(20000)
  threats?: string | null;
}

@InputType()
export class ProposeEngagementInput {
  @Field(() => ID)
  evaluationId: string;

  @Field(() => EngagementProposalKind, { description: "Keep, change, drop, or add an engagement." })
  @IsEnum(EngagementProposalKind)
  proposal: EngagementProposalKind;

  @Field(() => ID, { nullable: true, description: "Sanitary contracts: the engagement (action) concerned, required except to ADD one. Medico-social contracts: none (the description says what)." })
  @IsOptional()
  contractActionId?: string | null;

  @Field(() => String)
  @IsNotBlank()
  @MultilineText(10000)
  description: string;
}

@InputType()
export class RecordRevisionInput {
  @Field(() => ID)
  contractId: string;

  @Field(() => LocalDateResolver)
  date: string;

  @Field(() => String)
  @IsNotBlank()
  @MultilineText(10000)
  description: string;
}
