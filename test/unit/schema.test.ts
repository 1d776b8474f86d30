import fs from "node:fs";
import path from "node:path";
import { appResolvers } from "../../src/app";
import { buildGraphQLSchema, printGraphQLSchema } from "../../src/core/graphql/schema";

describe("schema/schema.graphql", () => {
  it("is the schema the code emits (run `npm run schema:emit` after changing the API)", async () => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8");
    expect(printGraphQLSchema(await buildGraphQLSchema(appResolvers))).toBe(committed);
  });
});
