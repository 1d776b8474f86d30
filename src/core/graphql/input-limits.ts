import type { ApolloServerPlugin } from "@apollo/server";
import {
  GraphQLInputObjectType,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { getArgumentValues, getVariableValues } from "graphql/execution/values";
import { Extensions } from "type-graphql";
import { DomainError, ErrorCode } from "../errors";
import { msg, type Message } from "../i18n/message";

/**
 * Input hygiene, for every text, list and date a client sends (arguments and input fields,
 * at any depth): a maximum length, no control characters (line breaks and tabs only in
 * multi-line texts), no invisible direction overrides, no broken Unicode; a maximum number
 * of items; dates within a sane range. Fields declare their own limits next to their type
 * (`@TextLength(300)`, `@MultilineText(10000)`, `@MaxItems(20)`); the rest get the defaults
 * below. The limits are written into each field's description in the schema, and checked
 * before anything runs, so a refused request changes nothing.
 */
export const DEFAULT_TEXT_LENGTH = 200;
export const DEFAULT_LIST_ITEMS = 100;
export const DATE_RANGE = { from: "1900-01-01", to: "2100-12-31" } as const;

interface Limits {
  maxLength?: number;
  multiline?: boolean;
  maxItems?: number;
}

/** A one-line text of at most `maxLength` characters. */
export const TextLength = (maxLength: number) => Extensions({ maxLength });
/** A text of at most `maxLength` characters that may hold line breaks and tabs. */
export const MultilineText = (maxLength: number) => Extensions({ maxLength, multiline: true });
/** A list of at most `maxItems` items. */
export const MaxItems = (maxItems: number) => Extensions({ maxItems });

// C0 and C1 control characters, direction embeddings, overrides and isolates, and UTF-16 halves without their pair.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;

const limitsOf = (field: GraphQLInputField | GraphQLArgument): Limits => (field.extensions ?? {}) as Limits;

/** What is wrong with a text, or null. */
export function textProblem(value: string, limits: Limits): Message | null {
  const maxLength = limits.maxLength ?? DEFAULT_TEXT_LENGTH;
  if (value.length > maxLength) return msg`is ${value.length} characters long; at most ${maxLength} are accepted`;
  if (CONTROL.test(value)) return msg`contains a control or invisible formatting character`;
  if (!limits.multiline && LINE_BREAK_OR_TAB.test(value)) return msg`must fit on one line (no line break or tab)`;
  return null;
}

function dateProblem(value: unknown): Message | null {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "string" ? value.slice(0, 10) : null;
  if (text !== null && (text < DATE_RANGE.from || text > DATE_RANGE.to)) return msg`must be between ${DATE_RANGE.from} and ${DATE_RANGE.to}`;
  return null;
}

/** Field paths follow the inputs' convention: inside `input`, without it; other arguments by name. */
const fieldPath = (path: (string | number)[]) => (path[0] === "input" && path.length > 1 ? path.slice(1) : path).join(".");

function refuse(path: (string | number)[], problem: Message): never {
  const field = fieldPath(path);
  throw new DomainError(ErrorCode.BAD_USER_INPUT, msg`${field} ${problem}`, { field, http: { status: 400 } });
}

/** Walks a coerced value with its type and refuses the first thing out of bounds. */
function check(value: unknown, type: GraphQLInputType, limits: Limits, path: (string | number)[]): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    const items = value as unknown[];
    const maxItems = limits.maxItems ?? DEFAULT_LIST_ITEMS;
    if (items.length > maxItems) refuse(path, msg`has ${items.length} items; at most ${maxItems} are accepted`);
    items.forEach((item, i) => check(item, inner.ofType, limits, [...path, i]));
    return;
  }
  if (isInputObjectType(inner)) {
    for (const field of Object.values(inner.getFields())) check((value as Record<string, unknown>)[field.name], field.type, limitsOf(field), [...path, field.name]);
    return;
  }
  const scalar = getNamedType(inner).name;
  if (typeof value === "string" && (scalar === "String" || scalar === "ID")) {
    const problem = textProblem(value, scalar === "ID" ? { maxLength: 40 } : limits);
    if (problem) refuse(path, problem);
  } else if (scalar === "LocalDate" || scalar === "DateTimeISO") {
    const problem = dateProblem(value);
    if (problem) refuse(path, problem);
  }
}

// For each operation of a document (Apollo's cached one, the same object for the same query
// text): the fields that take arguments, found once rather than at every request.
const withArguments = new WeakMap<OperationDefinitionNode, { schema: GraphQLSchema; fields: { field: FieldNode; definition: GraphQLField<unknown, unknown> }[] }>();

/** The fields of an operation (and of the fragments it spreads) that take arguments, with their definitions. */
function fieldsWithArguments(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode) {
  const cached = withArguments.get(operation);
  if (cached?.schema === schema) return cached.fields;
  const found: { field: FieldNode; definition: GraphQLField<unknown, unknown> }[] = [];
  const typeInfo = new TypeInfo(schema);
  const fragments = new Set<string>();
  visit(operation, { FragmentSpread: (node) => void fragments.add(node.name.value) });
  const nodes = [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION && fragments.has(d.name.value))];
  for (const node of nodes) {
    visit(
      node,
      visitWithTypeInfo(typeInfo, {
        Field(field) {
          const definition = typeInfo.getFieldDef();
          if (definition && definition.args.length > 0) found.push({ field, definition });
        },
      }),
    );
  }
  withArguments.set(operation, { schema, fields: found });
  return found;
}

/** Checks the arguments of every field of the operation, with the variables coerced as execution will. */
export const inputLimitsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request }) {
        if (!operation) return;
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
        // Variables that cannot be coerced: execution refuses them, with the field at fault.
        if (coerced.errors) return;
        for (const { field, definition } of fieldsWithArguments(schema, document, operation)) {
          const values = getArgumentValues(definition, field, coerced.coerced);
          for (const arg of definition.args) check(values[arg.name], arg.type, limitsOf(arg), [arg.name]);
        }
      },
    };
  },
};

/** What each text, list and date input accepts, added to its description in the schema. */
export function describeInputLimits(schema: GraphQLSchema): void {
  const describe = (target: GraphQLInputField | GraphQLArgument) => {
    const limits = limitsOf(target);
    const inner = getNullableType(target.type);
    const named = getNamedType(target.type).name;
    const notes: string[] = [];
    const text = `${limits.maxLength ?? DEFAULT_TEXT_LENGTH} characters${limits.multiline ? ", line breaks allowed" : ", on one line"}`;
    if (isListType(inner)) notes.push(named === "String" ? `At most ${limits.maxItems ?? DEFAULT_LIST_ITEMS} items of at most ${text}.` : `At most ${limits.maxItems ?? DEFAULT_LIST_ITEMS} items.`);
    else if (named === "String") notes.push(`At most ${text}.`);
    if (named === "LocalDate" || named === "DateTimeISO") notes.push(`Between ${DATE_RANGE.from} and ${DATE_RANGE.to}.`);
    if (notes.length) target.description = [target.description, ...notes].filter(Boolean).join(" ");
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (type instanceof GraphQLInputObjectType) Object.values(type.getFields()).forEach(describe);
    else if (isObjectType(type) || isInterfaceType(type)) for (const field of Object.values(type.getFields())) field.args.forEach(describe);
  }
}
