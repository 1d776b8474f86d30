import fs from "node:fs";
import path from "node:path";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from "graphql";
import { appResolvers } from "../../src/app";
import { buildGraphQLSchema, printGraphQLSchema } from "../../src/core/graphql/schema";

/** Every element of the schema a client developer reads, with its description (or undefined). */
function describedElements(schema: GraphQLSchema): { path: string; description: string | null | undefined }[] {
  const elements: { path: string; description: string | null | undefined }[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
    elements.push({ path: type.name, description: type.description });
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        elements.push({ path: `${type.name}.${field.name}`, description: field.description });
        for (const argument of "args" in field ? field.args : []) elements.push({ path: `${type.name}.${field.name}(${argument.name})`, description: argument.description });
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) elements.push({ path: `${type.name}.${value.name}`, description: value.description });
  }
  return elements;
}

describe("schema/schema.graphql", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema(appResolvers);
  });

  it("is the schema the code emits (run `npm run schema:emit` after changing the API)", () => {
    const committed = fs.readFileSync(path.join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8");
    expect(printGraphQLSchema(schema)).toBe(committed);
  });

  it("describes every type, field, argument, input field and enum value: 100 %, each a sentence starting with a capital", () => {
    const elements = describedElements(schema);
    expect(elements.length).toBeGreaterThan(1000);
    expect(elements.filter((e) => !e.description?.trim()).map((e) => e.path)).toEqual([]);
    expect(elements.filter((e) => !/^[A-ZÀ-Ý0-9`"«(]/.test(e.description!.trim())).map((e) => `${e.path}: ${e.description}`)).toEqual([]);
  });
});
