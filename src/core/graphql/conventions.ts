import {
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLSchema,
} from "graphql";

/**
 * What the schema's conventions mean, written once rather than on each of the hundred fields
 * that follow them: an `id`, the timestamps, the `version` an edit is based on, the ids an
 * input points with, a mutation's `input`, the pages of lists. A field's own description, when
 * it has one, always wins.
 */
const OBJECT_FIELDS: Record<string, string> = {
  id: "Its identifier: stable, and what client caches key on (with __typename).",
  createdAt: "When it was created.",
  updatedAt: "When it last changed.",
};

/** Ids an input or an argument points with, by name: what they designate. */
const POINTERS: Record<string, string> = {
  id: "The id of the object to change or read.",
  contractId: "The contract's id.",
  organisationId: "The organisation's (organisme gestionnaire) id.",
  agencyId: "The agency's (ARS) id.",
  actionId: "The action's id (an action of a module's plan).",
  moduleId: "The id of the contract's module.",
  indicatorId: "The id of the contract's indicator.",
  contractActionId: "The id of the contract's action (an engagement of annex 1).",
  contractObjectiveId: "The id of the contract's objective.",
  linkId: "The id of the link between an action and a department's expectation.",
  attachmentId: "The attached document's id.",
  templateId: "The id of the catalogue's indicator to take.",
  establishmentId: "The establishment's (établissement) id.",
  amendmentId: "The amendment's (avenant) id.",
  evaluationId: "The evaluation's id.",
  reviewId: "The review's id.",
  catalogueId: "The sanitary catalogue's id.",
  themeId: "The theme's id (a thematic fiche of the commode).",
  campaignId: "The campaign's id.",
  officerId: "The id of the agency account that follows the contract.",
  userId: "The account's id.",
  version:
    "The `version` of the object as you read it: if someone changed it since, the change is refused with CONFLICT (field `version`) instead of overwriting theirs.",
};

/** Said of every object type without an id (see the README's client section for the cache settings). */
export const VALUE_OBJECT = "A value object: it has no id of its own, and client caches keep it inside the object it belongs to.";

const describe = (target: { description?: string | null }, text: string | undefined) => {
  if (text && !target.description?.trim()) target.description = text;
};

export function describeConventions(schema: GraphQLSchema): void {
  describe(schema.getQueryType()!, "What you may read: every answer holds only what your role and scope (agency, organisation, department) may see.");
  const mutation = schema.getMutationType();
  if (mutation) describe(mutation, "What you may change: each mutation runs in one transaction, all or nothing, and is recorded in the audit trail.");
  const subscription = schema.getSubscriptionType();
  if (subscription) describe(subscription, "What you may follow live, over WebSocket (graphql-ws) on /graphql.");

  // An input type is described by the mutation that takes it.
  const inputOf = new Map<string, string>();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    const input = field.args.find((a) => a.name === "input");
    if (input) inputOf.set(getNamedType(input.type).name, field.name);
  }

  const describeArgument = (field: GraphQLField<unknown, unknown>, argument: GraphQLArgument) => {
    if (argument.name === "input") describe(argument, `What \`${field.name}\` needs: see ${getNamedType(argument.type).name}.`);
    else describe(argument, POINTERS[argument.name]);
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isInputObjectType(type)) {
      const mutationName = inputOf.get(type.name);
      if (mutationName) describe(type, `What \`${mutationName}\` needs.`);
      for (const field of Object.values(type.getFields()) as GraphQLInputField[]) describe(field, POINTERS[field.name]);
    } else if (isObjectType(type) || isInterfaceType(type)) {
      const fields = type.getFields();
      if ("totalCount" in fields && "pageInfo" in fields && "items" in fields) {
        describe(type, `A page of a list of ${getNamedType(fields.items.type).name}: its items and the total, and the same items as Relay edges with pageInfo for cursor clients.`);
      }
      // A client cache normalises objects by id; the others are values of the object they sit in.
      if (isObjectType(type) && !("id" in fields) && ![schema.getQueryType(), mutation, subscription].includes(type) && !type.description?.includes(VALUE_OBJECT)) {
        type.description = [type.description, VALUE_OBJECT].filter(Boolean).join(" ");
      }
      for (const field of Object.values(fields)) {
        describe(field, OBJECT_FIELDS[field.name]);
        field.args.forEach((argument) => describeArgument(field, argument));
      }
    }
  }
}
