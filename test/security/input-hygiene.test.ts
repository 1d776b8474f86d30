import { getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLArgument, type GraphQLInputType } from "graphql";
import { appResolvers } from "../../src/app";
import { buildGraphQLSchema } from "../../src/core/graphql/schema";
import { DEFAULT_LIST_ITEMS, DEFAULT_TEXT_LENGTH, textProblem } from "../../src/core/graphql/input-limits";
import { startTestApp, type TestApp } from "../support/app";
import { sample } from "../support/schema-samples";
import { tablesDigest } from "../support/tables";

/**
 * Malformed values for every mutation, generated from the schema: at every leaf of every
 * argument, a value that breaks what the leaf accepts (a control character, a text one
 * character too long, one item too many, a date out of range or impossible, an enum value
 * or a number that is not one). Each must be refused with BAD_USER_INPUT naming that leaf,
 * and no row may change.
 */
interface Leaf {
  path: string[];
  malformed: { why: string; value: unknown; at: string[] }[];
}

const limitsOf = (target: { extensions?: Record<string, unknown> | null }) => (target.extensions ?? {}) as { maxLength?: number; multiline?: boolean; maxItems?: number };

function leaves(type: GraphQLInputType, path: string[], limits: ReturnType<typeof limitsOf>, out: Leaf[]): void {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const maxItems = limits.maxItems ?? DEFAULT_LIST_ITEMS;
    const item = getNullableType(inner.ofType);
    const one = isInputObjectType(item) ? null : getNamedType(item).name === "String" ? "a" : getNamedType(item).name === "ID" ? "1" : null;
    if (one !== null) out.push({ path, malformed: [{ why: "one item too many", value: Array.from({ length: maxItems + 1 }, () => one), at: path }] });
    leaves(inner.ofType, [...path, "0"], limits, out);
    return;
  }
  if (isInputObjectType(inner)) {
    for (const field of Object.values(inner.getFields())) leaves(field.type, [...path, field.name], limitsOf(field), out);
    return;
  }
  if (isEnumType(inner)) {
    out.push({ path, malformed: [{ why: "an unknown enum value", value: "PAS_UNE_VALEUR", at: path }] });
    return;
  }
  const name = getNamedType(inner).name;
  const malformed: Leaf["malformed"] = [];
  if (name === "String") {
    const max = limits.maxLength ?? DEFAULT_TEXT_LENGTH;
    malformed.push({ why: "a NUL", value: "a\u0000b", at: path });
    malformed.push({ why: "an escape", value: "a\u001b[31mb", at: path });
    malformed.push({ why: "a right-to-left override", value: "a\u202eb", at: path });
    malformed.push({ why: "a lone surrogate", value: "a\ud800b", at: path });
    if (!limits.multiline) malformed.push({ why: "a header-like line break", value: "a\r\nX-Injected: 1", at: path });
    malformed.push({ why: "one character too many", value: "x".repeat(max + 1), at: path });
  } else if (name === "LocalDate") {
    malformed.push({ why: "a date out of range", value: "1800-01-01", at: path }, { why: "an impossible date", value: "2027-02-30", at: path });
  } else if (name === "DateTimeISO") {
    malformed.push({ why: "an instant out of range", value: "2500-01-01T00:00:00Z", at: path });
  } else if (name === "Int" || name === "Float") {
    malformed.push({ why: "a text for a number", value: "douze", at: path });
  } else if (name === "Boolean") {
    malformed.push({ why: "a text for a boolean", value: "oui", at: path });
  }
  if (malformed.length) out.push({ path, malformed });
}

const relative = (path: string[]) => (path[0] === "input" && path.length > 1 ? path.slice(1) : path).join(".");

describe("input hygiene", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("knows what a text may hold", () => {
    expect(textProblem("Réunion de 10 h\navec l'ARS", { multiline: true })).toBeNull();
    expect(textProblem("Réunion\tde 10 h", {})?.in("en")).toMatch(/one line/);
    expect(textProblem("Réunion 🗓️ de 10 h", {})).toBeNull();
    expect(textProblem("x".repeat(DEFAULT_TEXT_LENGTH), {})).toBeNull();
  });

  it("refuses every malformed value of every mutation with its field, and writes nothing", async () => {
    const schema = await buildGraphQLSchema(appResolvers);
    const failures: string[] = [];
    let calls = 0;
    const before = await tablesDigest(app.db);
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      const found: Leaf[] = [];
      for (const arg of field.args as readonly GraphQLArgument[]) leaves(arg.type, [arg.name], limitsOf(arg), found);
      const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
      const query = `mutation${declared ? `(${declared})` : ""} { ${field.name}${field.args.length ? `(${field.args.map((a) => `${a.name}: $${a.name}`).join(", ")})` : ""} { __typename } }`;
      for (const leaf of found) {
        for (const bad of leaf.malformed) {
          const variables: Record<string, unknown> = {};
          for (const arg of field.args) {
            const v = sample(arg.type, [arg.name], { field: field.name, target: leaf.path, value: bad.value, own: () => "1" });
            if (v !== undefined && (isNonNullType(arg.type) || leaf.path[0] === arg.name)) variables[arg.name] = v;
          }
          calls += 1;
          const body = await app.gql(query, variables);
          const error = body.errors?.[0];
          if (error?.extensions.code !== "BAD_USER_INPUT" || error.extensions.field !== relative(bad.at)) {
            failures.push(`${field.name}(${relative(leaf.path)}) with ${bad.why}: ${JSON.stringify(body.errors ?? body.data).slice(0, 300)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(500);
    expect(await tablesDigest(app.db)).toBe(before);
  }, 300_000);
});
