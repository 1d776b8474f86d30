import { Field, ID, InputType, Int } from "type-graphql";
import { IsOptional } from "class-validator";
import { MultilineText } from "../core/graphql/input-limits";

@InputType({ description: "The organisation (or the agency) says an action of the plan answers a department's expectation." })
export class LinkActionToExpectationInput {
  @Field(() => ID)
  actionId: string;

  @Field(() => ID, { description: "The expectation, of a department the contract concerns." })
  expectationId: string;
}

@InputType({ description: "The department confirms or contests a link, at the version read; contesting says why." })
export class DecideExpectationLinkInput {
  @Field(() => ID)
  linkId: string;

  @Field(() => Int)
  version: number;

  @Field(() => Boolean, { description: "True: the action answers the expectation; false: it does not." })
  confirmed: boolean;

  @Field(() => String, { nullable: true, description: "Why (required to contest)." })
  @IsOptional()
  @MultilineText(5000)
  reason?: string | null;
}

@InputType()
export class RemoveExpectationLinkInput {
  @Field(() => ID)
  linkId: string;

  @Field(() => Int)
  version: number;
}
