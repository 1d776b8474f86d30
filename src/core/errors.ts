import { GraphQLError, Kind, visit, type DocumentNode, type GraphQLFormattedError, type ValueNode } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerErrorCode } from "@apollo/server/errors";
import type { ValidationError } from "class-validator";
import { ArgumentValidationError } from "type-graphql";
import { QueryFailedError } from "typeorm";
import { TOO_MANY_TOKENS } from "./graphql/limits";
import { readerOf } from "./i18n";
import { joinMessages, msg, wordAll, type Message } from "./i18n/message";
import { validationMessage } from "./i18n/validation";

/** The codes a client can act on; anything else reaches it as INTERNAL_SERVER_ERROR. */
export enum ErrorCode {
  /** The input is malformed or refers to something that cannot be used (with `field`). */
  BAD_USER_INPUT = "BAD_USER_INPUT",
  /** An id that does not exist (with `field`). */
  NOT_FOUND = "NOT_FOUND",
  /** A business rule of the domain forbids it (with `rule`). */
  RULE_VIOLATION = "RULE_VIOLATION",
  /** It clashes with existing data: a duplicate, or a stale version. */
  CONFLICT = "CONFLICT",
  FORBIDDEN = "FORBIDDEN",
  /** Too many attempts (logins) or requests: wait before trying again (`extensions.retryAfterSeconds`). */
  RATE_LIMITED = "RATE_LIMITED",
  /** The query is larger than a limit allows (`extensions.limit` says which: characters, tokens, depth, aliases, directives, cost). */
  QUERY_TOO_LARGE = "QUERY_TOO_LARGE",
  /** The request ran past its time budget: ask for less. Nothing it was writing was saved. */
  TIMEOUT = "TIMEOUT",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

export interface ErrorDetails {
  /** The input field at fault, as a path inside the input ("completion", "establishmentIds.2"). */
  field?: string;
  /** The domain rule at fault (a stable identifier, e.g. "PHASE_SKIPPED"). */
  rule?: string;
  [key: string]: unknown;
}

/**
 * An expected failure: thrown by services, shown to the client with its code and details, and
 * its message worded in the reader's language (`text`; `message` is its English wording, for logs).
 */
export class DomainError extends GraphQLError {
  constructor(
    readonly code: ErrorCode | "BAD_REQUEST",
    readonly text: Message,
    details: ErrorDetails = {},
  ) {
    super(text.in("en"), { extensions: { code, ...details } });
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export const badInput = (field: string, message: Message, extra: ErrorDetails = {}) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { field, ...extra });

/** `what` names the kind of thing in the message ("Contract", "Organisation"…). */
export const notFound = (what: Message, id: unknown, field: string) =>
  new DomainError(ErrorCode.NOT_FOUND, msg`${what} "${String(id)}" does not exist`, { field });

/** For queries by id: null when the id does not exist or lies outside the user's scope (both are NOT_FOUND). */
export async function visibleOrNull<T>(find: () => Promise<T>): Promise<T | null> {
  try {
    return await find();
  } catch (error) {
    if (error instanceof DomainError && error.code === ErrorCode.NOT_FOUND) return null;
    throw error;
  }
}

export const ruleViolation = (rule: string, message: Message, extra: ErrorDetails = {}) =>
  new DomainError(ErrorCode.RULE_VIOLATION, message, { rule, ...extra });

export const conflict = (message: Message, extra: ErrorDetails = {}) => new DomainError(ErrorCode.CONFLICT, message, extra);

/** Flattens class-validator errors into `{ field, messages }`, with dotted paths for nested inputs. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ""): { field: string; messages: Message[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.entries(error.constraints).map(([constraint, message]) => validationMessage(constraint, message)) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

const CLIENT_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
]);

function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string } | undefined;
  return driverError?.code === "23505" || driverError?.code === "SQLITE_CONSTRAINT_UNIQUE" || driverError?.code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

export type ErrorLogger = (error: unknown) => void;

/** graphql-js's "Did you mean …?" hints name the schema's fields and values: not for production. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * Where each variable is used: the path from the root field's argument to the variable
 * (`input.moduleId` for `addAction(input: { moduleId: $m })`).
 */
function variablePaths(document: DocumentNode): Map<string, string[]> {
  const paths = new Map<string, string[]>();
  const walk = (value: ValueNode, path: string[]) => {
    if (value.kind === Kind.VARIABLE) {
      if (!paths.has(value.name.value)) paths.set(value.name.value, path);
    } else if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) walk(field.value, [...path, field.name.value]);
    } else if (value.kind === Kind.LIST) {
      value.values.forEach((item, i) => walk(item, [...path, String(i)]));
    }
  };
  visit(document, { Argument: (node) => walk(node.value, [node.name.value]) });
  return paths;
}

/** Field paths follow the inputs' convention: inside `input`, without it ("phase", "establishmentIds.2"); other arguments by name. */
const fieldOf = (path: string[]) => (path[0] === "input" && path.length > 1 ? path.slice(1) : path).join(".");

/**
 * Gives the BAD_USER_INPUT errors that graphql-js raises while coercing the variables (a bad
 * enum value, date or type) the input field at fault, as `extensions.field`, like the
 * errors the services raise: the variable's place in the arguments, then the path inside it.
 */
export function inputErrorFields(errors: readonly GraphQLError[], document: DocumentNode | undefined): void {
  const paths = document ? variablePaths(document) : new Map<string, string[]>();
  for (const error of errors) {
    if (error.extensions.code !== ApolloServerErrorCode.BAD_USER_INPUT || error.extensions.field !== undefined) continue;
    const match = /^Variable "\$(\w+)" (?:got invalid value .*? at "([^"]+)"|.*)/s.exec(error.message);
    let field = "variables";
    if (match) {
      const [, variable, at] = match;
      // graphql-js prints list positions as [2]: the inputs' convention is .2
      const inside = at ? at.replace(/\[(\d+)\]/g, ".$1").split(".").slice(1) : [];
      // An unknown or missing field of an input object is named in the message, not in the path.
      const named = /; Field "(\w+)" (?:is not defined by type|of required type)/.exec(error.message);
      if (named) inside.push(named[1]);
      field = fieldOf([...(paths.get(variable) ?? [variable]), ...inside]);
    }
    (error.extensions as Record<string, unknown>).field = field;
  }
}

/**
 * Apollo's formatError: domain and validation errors keep their code and field; a race lost
 * on a unique index becomes CONFLICT; anything unexpected is logged with its stack and
 * reaches the client masked.
 */
export function createErrorFormatter(log: ErrorLogger, options: { hideSuggestions: boolean } = { hideSuggestions: false }) {
  const format = formatWith(log);
  if (!options.hideSuggestions) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return { ...result, message: result.message.replace(SUGGESTION, "") };
  };
}

function formatWith(log: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const language = readerOf(error);
    // A limit's refusal reported during validation: Apollo gives it the validation code; its own code and limit are kept.
    const reported = (error as GraphQLError | undefined)?.originalError;
    if (reported instanceof DomainError && reported.extensions.code === ErrorCode.QUERY_TOO_LARGE) {
      return { message: reported.text.in(language), locations: formatted.locations, extensions: { code: ErrorCode.QUERY_TOO_LARGE, limit: reported.extensions.limit } };
    }
    const tokens = TOO_MANY_TOKENS.exec(formatted.message);
    if (tokens) return { message: msg`The query has more than ${tokens[1]} tokens`.in(language), extensions: { code: ErrorCode.QUERY_TOO_LARGE, limit: "maxTokens" } };
    if (original instanceof ArgumentValidationError) {
      const violations = flattenValidationErrors(original.extensions.validationErrors);
      const first = violations[0];
      return {
        message: joinMessages(violations.flatMap((v) => v.messages)).in(language) || msg`Invalid input`.in(language),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, field: first?.field, violations: wordAll(violations, language) },
      };
    }
    if (isUniqueViolation(original)) {
      return {
        message: msg`This already exists (it was created at the same time by another request)`.in(language),
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.CONFLICT },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === "string" && CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      // Domain errors are worded for the reader; graphql-js's own (syntax, validation) are for the client's developer and stay in English.
      const text = original instanceof DomainError ? original.text : reported instanceof DomainError ? reported.text : null;
      return { ...formatted, ...(text ? { message: text.in(language) } : {}), extensions: wordAll(extensions, language) as Record<string, unknown> };
    }
    log(original);
    return {
      message: msg`Internal server error`.in(language),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
