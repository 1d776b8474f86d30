import { Field, Float, ID, InputType, Int } from "type-graphql";
import { TextLength } from "../core/graphql/input-limits";
import { LocalDateResolver } from "graphql-scalars";
import { IsEnum, IsNotEmpty, IsOptional } from "class-validator";
import { ContractKind } from "./contract.entities";

@InputType()
export class CreateCampaignInput {
  @Field(() => String, { description: "Its name, e.g. \"CPOM médico-sociaux 2026-2030\"." })
  @IsNotEmpty()
  @TextLength(200)
  name: string;

  @Field(() => ContractKind, { description: "The family of contracts it negotiates.", defaultValue: ContractKind.MEDICO_SOCIAL })
  @IsEnum(ContractKind)
  kind: ContractKind;

  @Field(() => [Float], { defaultValue: [20, 40, 60, 80, 100], description: "Expected progress rate at the end of contract years 1 to 5." })
  expectedRates: number[];

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  negotiationOpensOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  negotiationClosesOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  signatureDeadline?: string | null;
}

@InputType()
export class UpdateCampaignInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The version read." })
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @TextLength(200)
  name?: string;

  @Field(() => [Float], { nullable: true })
  @IsOptional()
  expectedRates?: number[];

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  negotiationOpensOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  negotiationClosesOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  signatureDeadline?: string | null;
}
