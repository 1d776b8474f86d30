import { Field, Int, ObjectType } from "type-graphql";
import { CreatedAtColumn, UpdatedAtColumn, Version } from "./columns";

/** What every entity people edit carries: when it was created and changed, and its version for optimistic locking. */
@ObjectType()
export abstract class Tracked {
  @Field(() => Date)
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date)
  @UpdatedAtColumn()
  updatedAt: Date;

  @Field(() => Int, { description: "Optimistic-lock version: edits state the version they were based on." })
  @Version()
  version: number;
}
