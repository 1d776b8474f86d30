import { getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from "graphql";
import { finess } from "./builders";

/** How to fill a field's arguments: well-formed values everywhere, and `value` at `target`. */
export interface Sample {
  own: (path: string[]) => string;
  target: string[];
  value: unknown;
  field: string;
}

let unique = 0;
const STRINGS: Record<string, () => string> = {
  email: () => `adversary${(unique += 1)}@test.example`,
  temporaryPassword: () => "Temp-pass-2026!",
  newPassword: () => "Temp-pass-2026!",
  currentPassword: () => "Temp-pass-2026!",
  password: () => "Temp-pass-2026!",
  postalCode: () => "71000",
  departmentCode: () => "71",
  regionCode: () => "27",
  headOfficeRegionCode: () => "27",
  finessGeographique: () => finess("71"),
  finessJuridique: () => finess("71"),
  moduleTypeCode: () => "PREVENTION",
  activityCode: () => "CHIRURGIE",
  code: () => `ADV-${(unique += 1)}`,
};
const INTS: Record<string, number> = { year: 1, completion: 10, skip: 0, take: 20, maxObjectives: 5, defaultMaxObjectives: 5, number: 0, from: 0 };
/** Per field, the enum values that make the call reach the id at the target path. */
const ENUMS: Record<string, (target: string) => Record<string, string>> = {
  createUser: (target) => ({ role: target === "agencyId" ? "AGENCY_OFFICER" : "ORGANISATION_USER" }),
  // The first contract the samples use is medico-social: a module is one of its parts.
  addComment: () => ({ targetType: "MODULE" }),
  proposeEngagement: () => ({ proposal: "MODIFY" }),
  recordDiagnostic: () => ({ author: "STRUCTURE" }),
};

/**
 * A well-formed value of an argument's type, built from the schema: every required field,
 * values chosen by name where the name says what is expected, `own(path)` for ids, and
 * `s.value` at the path `s.target` (with the nullable fields on the way to it).
 */
export function sample(type: GraphQLInputType, path: string[], s: Sample): unknown {
  const onTarget = path.join(".") === s.target.join(".");
  const leaf = path.at(-1)!;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (onTarget) return Array.isArray(s.value) ? s.value : [s.value];
    if (s.target.join(".").startsWith(`${path.join(".")}.`)) return [sample(inner.ofType, [...path, "0"], s)];
    if (leaf === "questions") return ["ORGANISATION", "PEOPLE_SUPPORTED", "CIRCLE", "TEAM", "TERRITORY"].map((angle) => ({ angle, text: "Question" }));
    if (leaf === "amounts") return [1, 2, 3, 4, 5];
    if (leaf === "targets" || leaf === "expectations" || leaf === "objectiveLimits") return [];
    return [sample(inner.ofType, [...path, "0"], s)];
  }
  if (onTarget) return s.value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      const childPath = [...path, f.name];
      const onTheWay = s.target.join(".").startsWith(childPath.join(".")) || ENUMS[s.field]?.(s.target.at(-1)!)[f.name] !== undefined;
      if ((isNonNullType(f.type) && f.defaultValue === undefined) || onTheWay) value[f.name] = sample(f.type, childPath, s);
    }
    return value;
  }
  if (isEnumType(inner)) return ENUMS[s.field]?.(s.target.at(-1)!)[leaf] ?? inner.getValues()[0].value;
  switch ("name" in inner ? inner.name : "") {
    case "ID":
      return s.own(path);
    case "Int":
      return INTS[leaf] ?? 1;
    case "Float":
      return 1;
    case "Boolean":
      return true;
    case "LocalDate":
      return "2026-06-01";
    case "DateTimeISO":
      return "2026-06-01T10:00:00.000Z";
    case "JSONObject":
      return {};
    default:
      return STRINGS[leaf]?.() ?? "Texte";
  }
}

