import { createMethodMiddlewareDecorator } from "type-graphql";
import type { RequestContext } from "./context";

/**
 * Runs the resolver in one database transaction: a mutation writes everything or nothing,
 * its changes on the audit trail included. A mutation that recorded nothing in the audit
 * trail is a programming error: it is refused, so no change ever escapes the record.
 * Fields of the returned object are resolved after the commit.
 */
export function Transactional(): MethodDecorator {
  return createMethodMiddlewareDecorator<RequestContext>(({ context, info }, next) => {
    context.operation = info.fieldName;
    return context.transaction(async () => {
      const result = await next();
      if (!context.wasAudited) throw new Error(`Mutation ${info.fieldName} changed data without recording it in the audit trail`);
      return result;
    });
  });
}
