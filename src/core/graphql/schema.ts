import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { authChecker } from "../auth/auth-checker";
import { eventBus } from "./event-bus";
import { describeConventions } from "./conventions";
import { describeInputLimits } from "./input-limits";

/** Builds the executable schema from the resolvers; inputs are validated with class-validator. */
export async function buildGraphQLSchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    // type-graphql 2 leaves validation off by default.
    validate: { forbidUnknownValues: false },
    // Every root field declares @Authorized (a test checks it); scopes are checked in services.
    authChecker,
    pubSub: eventBus,
  });
  // Conventions first: the limits are appended to whatever describes a field.
  describeConventions(schema);
  describeInputLimits(schema);
  return schema;
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export function printGraphQLSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
