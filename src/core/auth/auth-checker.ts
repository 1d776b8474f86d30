import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "../context";
import { DomainError, ErrorCode } from "../errors";
import type { Role } from "./roles";
import { msg, type Message } from "../i18n/message";

/** What a user may still do before changing the password set by someone else. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(["me", "changePassword", "logout", "login"]);

export const unauthenticated = (message: Message = msg`Authentication required: log in, then send the token as \`Authorization: Bearer <token>\``) =>
  new DomainError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message: Message, extra: Record<string, unknown> = {}) => new DomainError(ErrorCode.FORBIDDEN, message, extra);

/**
 * type-graphql's check for `@Authorized(...roles)`: a valid session is needed, then one of
 * the roles if any are listed. Scopes (which agency, organisation, department) are checked
 * by the services, since a role alone is not enough.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context, info }, roles) => {
  const user = context.user;
  if (!user) throw unauthenticated(context.authError ?? undefined);
  if (user.mustChangePassword && info.parentType.name in { Query: 1, Mutation: 1 } && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(info.fieldName)) {
    throw forbidden(msg`Change your password first: it was set by someone else`, { rule: "PASSWORD_CHANGE_REQUIRED" });
  }
  if (roles.length && !roles.includes(user.role)) {
    throw forbidden(msg`Not allowed for the role ${user.role}`, { rule: "ROLE" });
  }
  return true;
};
