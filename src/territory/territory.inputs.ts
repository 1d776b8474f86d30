import { Field, ID, InputType } from "type-graphql";
import { IsNotEmpty, Length, MaxLength } from "class-validator";

@InputType()
export class CreateAgencyInput {
  @Field(() => String, { description: "e.g. \"ARS Bourgogne-Franche-Comté\"" })
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @Field(() => String, { description: "INSEE code of the region the agency covers (one agency per region)." })
  @Length(2, 3)
  regionCode: string;
}

@InputType()
export class UpdateAgencyInput {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}
