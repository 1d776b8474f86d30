import { createMethodMiddlewareDecorator } from "type-graphql";
import type { RequestContext } from "./context";

/**
 * Runs the resolver in one database transaction: a mutation writes everything or nothing.
 * Fields of the returned object are resolved after the commit.
 */
export function Transactional(): MethodDecorator {
  return createMethodMiddlewareDecorator<RequestContext>(({ context }, next) => context.transaction(next));
}
