import type { RequestContext } from "../context";
import type { AuthUser } from "./roles";
import { unauthenticated } from "./auth-checker";

/** A SQL condition with its parameters, for query builders. */
export interface SqlFilter {
  sql: string;
  params: Record<string, unknown>;
}

/** The authenticated user of a request (resolvers are @Authorized, so there is one). */
export function currentUser(ctx: RequestContext): AuthUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}
