import { Field, ID, InputType, Int } from "type-graphql";
import { MultilineText, TextLength } from "../core/graphql/input-limits";
import { LocalDateResolver } from "graphql-scalars";
import { IsEnum, IsInt, IsNotEmpty, IsOptional, Max, Min } from "class-validator";
import { Phase } from "./phases";

@InputType()
export class AddActionInput {
  @Field(() => ID)
  moduleId: string;

  @Field(() => String)
  @IsNotEmpty()
  @TextLength(300)
  title: string;

  @Field(() => String, { defaultValue: "" })
  @MultilineText(10000)
  description: string;

  @Field(() => ID, { nullable: true, description: "A theme selected in the module." })
  @IsOptional()
  themeId?: string | null;

  @Field(() => [ID], { defaultValue: [], description: "Establishments of the contract the action concerns; empty: the organisation as a whole." })
  establishmentIds: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(200)
  personInCharge?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  plannedStartDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  plannedEndDate?: string | null;
}

@InputType({ description: "Only the fields given are changed; an explicit null clears an optional field." })
export class UpdateActionInput {
  @Field(() => ID)
  actionId: string;

  @Field(() => Int, { description: "The action's version read; refused if someone changed it since." })
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @TextLength(300)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MultilineText(10000)
  description?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  themeId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  establishmentIds?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextLength(200)
  personInCharge?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  plannedStartDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  plannedEndDate?: string | null;
}

@InputType()
export class MoveActionInput {
  @Field(() => ID)
  actionId: string;

  @Field(() => Int, { description: "The action's version read; refused if someone changed it since." })
  version: number;

  @Field(() => Phase, { description: "The next phase, or an earlier one (with a comment)." })
  @IsEnum(Phase)
  phase: Phase;

  @Field(() => Int, { defaultValue: 0, description: "Completion within the new phase, 0 to 100." })
  @IsInt()
  @Min(0)
  @Max(100)
  completion: number;

  @Field(() => String, { nullable: true, description: "Required when going back." })
  @IsOptional()
  @MultilineText(2000)
  comment?: string | null;
}

@InputType()
export class SetActionCompletionInput {
  @Field(() => ID)
  actionId: string;

  @Field(() => Int, { description: "The action's version read; refused if someone changed it since." })
  version: number;

  @Field(() => Int, { description: "Completion within the current phase, 0 to 100." })
  @IsInt()
  @Min(0)
  @Max(100)
  completion: number;
}

@InputType()
export class RemoveActionInput {
  @Field(() => ID)
  actionId: string;

  @Field(() => Int, { description: "The action's version read." })
  version: number;
}
