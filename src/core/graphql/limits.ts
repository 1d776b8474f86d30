import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import { getNullableType, GraphQLError, isListType, isObjectType, visit, type ArgumentNode, type DocumentNode, type GraphQLSchema, type ValidationContext, type ValidationRule } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { DomainError, ErrorCode } from "../errors";
import { Message, msg } from "../i18n/message";

/**
 * What one GraphQL request may ask for. The values come from the largest legitimate
 * operations (the README's, the benchmark's and the tests', which all run under them) with a
 * margin, and each can be changed through the environment (README, Security).
 */
export interface QueryLimits {
  /** Characters of the query text, checked before it is parsed. */
  maxCharacters: number;
  /** Tokens of the query, counted while it is parsed (graphql-armor). */
  maxTokens: number;
  /** Nesting of selections (graphql-armor). */
  maxDepth: number;
  /** Aliased fields in one operation (graphql-armor). */
  maxAliases: number;
  /** Directives in one operation (graphql-armor). */
  maxDirectives: number;
  /** The estimated cost (see `estimateCost`), with the variables' values. */
  maxCost: number;
  /** Wall-clock time a request may spend before its next database access is refused. */
  timeBudgetMs: number;
}

/** Items a list without a page size is assumed to hold, for the cost, unless its field says (`@Extensions({ listSize })`). */
export const UNPAGED_LIST_ITEMS = 10;

/**
 * The cost of a field: one, plus what its selection costs times the items it may return:
 * `take` (or `first`) for a paginated list; for another list, the size its field declares
 * (`@Extensions({ listSize: 5 })`, for lists bounded by the domain: five contract years, a
 * catalogue's orientations), else UNPAGED_LIST_ITEMS. So the cost grows with what a query may
 * make the server read, not with how it is written. A page (`{ items totalCount }`) is
 * multiplied once, by its `take` or `first`: its `items` and `edges` do not count again.
 */
export const estimateCost: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  const paged = typeof args.take === "number" ? args.take : typeof args.first === "number" ? args.first : null;
  const pageItems = (field.name === "items" || field.name === "edges") && isObjectType(type) && "totalCount" in type.getFields();
  const declared = typeof field.extensions?.listSize === "number" ? field.extensions.listSize : UNPAGED_LIST_ITEMS;
  const items = paged ?? (isListType(getNullableType(field.type)) && !pageItems ? declared : 1);
  return 1 + items * childComplexity;
};

/** For each document (Apollo's cached one): the variables its cost depends on, and the costs computed so far by their values. */
const costCache = new WeakMap<DocumentNode, { schema: GraphQLSchema; variables: string[]; byValues: Map<string, number> }>();

/** The variables given to a page size (take, first) or to a directive (@include, @skip): the only ones estimateCost's result depends on. */
function costsOf(schema: GraphQLSchema, document: DocumentNode) {
  let costs = costCache.get(document);
  if (costs?.schema !== schema) {
    const variables = new Set<string>();
    const collect = (argument: ArgumentNode) => visit(argument.value, { Variable: (node) => void variables.add(node.name.value) });
    visit(document, {
      Field: (node) => node.arguments?.filter((a) => a.name.value === "take" || a.name.value === "first").forEach(collect),
      Directive: (node) => node.arguments?.forEach(collect),
    });
    costs = { schema, variables: [...variables].sort(), byValues: new Map() };
    costCache.set(document, costs);
  }
  return costs;
}

export const limitError = (limit: keyof QueryLimits, message: Message, status = 400) =>
  new DomainError(ErrorCode.QUERY_TOO_LARGE, message, { limit, http: { status } });

/** graphql-armor's refusal ("Syntax Error: Query depth limit of 6 exceeded, found 7.") in our words. */
function armorRefusal(limit: keyof QueryLimits, error: GraphQLError): Message {
  const counts = /limit of (\d+) exceeded, found (\d+)/.exec(error.message);
  if (!counts) return new Message(error.message);
  const [, allowed, found] = counts;
  if (limit === "maxDepth") return msg`The query is nested ${found} levels deep; at most ${allowed} are accepted`;
  if (limit === "maxAliases") return msg`The query has ${found} aliases; at most ${allowed} are accepted`;
  return msg`The query has ${found} directives; at most ${allowed} are accepted`;
}


/**
 * What enforces the limits in Apollo: tokens while parsing (graphql-js's parser), depth,
 * aliases and directives while validating (graphql-armor), the cost once the operation and
 * its variables are known. Characters are checked before (`tooManyCharacters`), the time
 * budget by the request's deadline (RequestContext).
 */
export function queryLimits(limits: QueryLimits): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[]; parseOptions: { maxTokens: number } } {
  // Each armor rule reports its own refusal, so that it reaches the client as QUERY_TOO_LARGE with the limit's name.
  const report = (limit: keyof QueryLimits) => ({
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(limit, armorRefusal(limit, error)))],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...report("maxDepth") },
    maxAliases: { n: limits.maxAliases, ...report("maxAliases") },
    maxDirectives: { n: limits.maxDirectives, ...report("maxDirectives") },
    // Tokens are counted by graphql-js's own parser (parseOptions below); the cost is
    // estimated below with the variables (list sizes); suggestions are removed by the error formatter.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const sizeAndCost: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request: resolved, operationName }) {
          const variables = resolved.variables ?? {};
          // The cost depends on the document and on the variables that size pages or skip
          // fields only: computed once per document and such values (the document is Apollo's
          // cached one, the same object for the same query text).
          const costs = costsOf(schema, document);
          const key = JSON.stringify([operationName ?? null, ...costs.variables.map((name) => variables[name] ?? null)]);
          let estimated = costs.byValues.get(key);
          if (estimated === undefined) {
            try {
              estimated = getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators: [estimateCost] });
            } catch {
              // Variables that cannot be coerced: execution refuses them, with the field at fault, before running anything.
              return;
            }
            if (costs.byValues.size >= 100) costs.byValues.clear();
            costs.byValues.set(key, estimated);
          }
          if (estimated > limits.maxCost) {
            throw limitError("maxCost", msg`The query could cost ${estimated} (a page of N items costs N times its selection); at most ${limits.maxCost} is accepted: ask for smaller pages or fewer fields`);
          }
        },
      };
    },
  };
  return { plugins: [...armor.plugins, sizeAndCost], validationRules: armor.validationRules, parseOptions: { maxTokens: limits.maxTokens } };
}

/** The query text of a POST body or a GET query, when it is longer than the limit: refused before parsing. */
export function tooManyCharacters(query: unknown, limits: QueryLimits): GraphQLError | null {
  if (typeof query !== "string" || query.length <= limits.maxCharacters) return null;
  return limitError("maxCharacters", msg`The query has ${query.length} characters; at most ${limits.maxCharacters} are accepted`, 413);
}

/** graphql-js's message when a document has more tokens than `maxTokens`. */
export const TOO_MANY_TOKENS = /^Syntax Error: Document contains more th(?:an|at) (\d+) tokens/;
