import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type TypePolicies } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { GraphQLWsLink } from "@apollo/client/link/subscriptions";
import { relayStylePagination } from "@apollo/client/utilities";
import { getMainDefinition } from "@apollo/client/utilities";
import { createClient } from "graphql-ws";
import { CURSOR_LISTS, VALUE_TYPES } from "./cache";

/**
 * Apollo Client's cache for this API: objects normalised by id (the default); value objects
 * merged into their parent rather than replaced (so two queries that read different fields of
 * them both stay complete); cursor lists merged page after page by `relayStylePagination`
 * (read their `edges`; `items` holds the last page fetched).
 */
export const typePolicies: TypePolicies = {
  ...Object.fromEntries(VALUE_TYPES.map((type) => [type, { merge: true }])),
  ...Object.fromEntries(
    Object.entries(CURSOR_LISTS).map(([type, lists]) => [
      type,
      { fields: Object.fromEntries(Object.entries(lists).map(([field, keyArgs]) => [field, relayStylePagination(keyArgs === false ? false : [...keyArgs])])) },
    ]),
  ),
};

export interface ClientOptions {
  /** The API's URL, e.g. https://cpom.ars.example/graphql. */
  url: string;
  /** The session token from `login`, read at each request (null: not logged in). */
  token: () => string | null;
  /** A WebSocket implementation where there is none (Node before 22: the `ws` package). */
  webSocketImpl?: unknown;
  /** Another fetch (tests count requests with it). */
  fetch?: typeof fetch;
}

/** Queries and mutations over HTTP POST with the token; subscriptions over graphql-ws with the token in the connection params. */
export function createApolloClient(options: ClientOptions): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const token = options.token();
    return { headers: { ...previous.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const http = new HttpLink({ uri: options.url, fetch: options.fetch });
  const ws = new GraphQLWsLink(
    createClient({
      url: options.url.replace(/^http/, "ws"),
      webSocketImpl: options.webSocketImpl,
      connectionParams: () => ({ authorization: `Bearer ${options.token()}` }),
    }),
  );
  const link = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === "OperationDefinition" && definition.operation === "subscription";
    },
    ws,
    auth.concat(http),
  );
  return new ApolloClient({ link, cache: new InMemoryCache({ typePolicies }) });
}
