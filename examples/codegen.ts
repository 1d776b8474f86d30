import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * TypeScript types for the operations of a client, with GraphQL Code Generator
 * (`npx graphql-codegen --config codegen.ts`). The custom scalars travel as JSON strings and
 * objects: a client that wants Date objects converts them itself.
 */
export const scalars = {
  /** An instant, UTC, ISO 8601: "2026-11-22T10:00:00.000Z". */
  DateTimeISO: { input: "string", output: "string" },
  /** A calendar date, no time zone: "2026-01-01". */
  LocalDate: { input: "string", output: "string" },
  /** A JSON object (a contract's content at a version). */
  JSONObject: { input: "Record<string, unknown>", output: "Record<string, unknown>" },
};

const config: CodegenConfig = {
  // Or the server's URL, with introspection on (EXPLORER): "http://localhost:4000/graphql".
  schema: "schema/schema.graphql",
  documents: ["examples/operations/*.graphql"],
  generates: {
    "generated/operations.ts": {
      plugins: ["typescript-operations"],
      config: { scalars, enumsAsTypes: true, strictScalars: true, avoidOptionals: { field: true, inputValue: false } },
    },
  },
};

export default config;
