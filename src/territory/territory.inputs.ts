import { Field, ID, InputType, Int } from "type-graphql";
import { TextLength } from "../core/graphql/input-limits";
import { IsNotEmpty, Length } from "class-validator";

@InputType()
export class CreateAgencyInput {
  @Field(() => String, { description: "Its name, e.g. \"ARS Bourgogne-Franche-Comté\"." })
  @IsNotEmpty()
  @TextLength(200)
  name: string;

  @Field(() => String, { description: "INSEE code of the region the agency covers (one agency per region)." })
  @Length(2, 3)
  regionCode: string;
}

@InputType()
export class UpdateAgencyInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The version read; refused if someone changed the agency since." })
  version: number;

  @Field(() => String)
  @IsNotEmpty()
  @TextLength(200)
  name: string;
}
