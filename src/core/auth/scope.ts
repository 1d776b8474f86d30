import type { RequestContext } from "../context";
import type { NamedSql } from "../database/entity-reader";
import type { AuthUser } from "./roles";
import { unauthenticated } from "./auth-checker";

/** A SQL condition with its named parameters, for query builders and queryNamed. */
export type SqlFilter = NamedSql;

/** The authenticated user of a request (resolvers are @Authorized, so there is one). */
export function currentUser(ctx: RequestContext): AuthUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}
