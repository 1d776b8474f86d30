import {
  getNamedType,
  getNullableType,
  isLeafType,
  isObjectType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { appResolvers } from "../../src/app";
import { openSession } from "../../src/accounts/session.service";
import { ALL_ROLES, Role } from "../../src/core/auth/roles";
import { buildGraphQLSchema } from "../../src/core/graphql/schema";
import { startTestApp, type GraphQLResponse, type TestApp, type TestClient } from "../support/app";
import { moduleOf, TINY_PNG, versionOf } from "../support/builders";
import { sample, type Sample } from "../support/schema-samples";
import { tablesDigest } from "../support/tables";
import { buildWorld, type Side, type World } from "../support/world";

/**
 * The adversarial suite, generated from the schema. For every root query and mutation, every
 * argument path that carries an id is found by walking the argument types; each role of
 * region 27 (side A) then calls the field with the ids of region 84 (side B) at that path,
 * everything else being a well-formed value of its own side, and again with an id that does
 * not exist. Expected, for every call:
 * - the answer to B's id is the answer to an unknown id (ids of public reference data, such as
 *   agencies and catalogues, are exempt: they may be read, never written);
 * - no answer contains anything of B (its names, FINESS numbers, officers);
 * - no table changed (a digest of every row before and after).
 * The unknown id must be answered at its own path (NOT_FOUND or BAD_USER_INPUT with that
 * field) for at least one role, which proves the generated call reaches the lookup. A root
 * field, or an id argument, that the tables below do not know fails the suite.
 */

type Ids = (side: Side, world: World) => string[];
interface Target {
  /** tenant: B's data, answered as unknown; public: reference data anyone reads (never written across); filter: narrows a list. */
  kind: "tenant" | "public" | "filter";
  ids: Ids;
}

const tenant = (ids: Ids): Target => ({ kind: "tenant", ids });
const publicData = (ids: Ids): Target => ({ kind: "public", ids });
const filter = (ids: Ids): Target => ({ kind: "filter", ids });

const contracts: Ids = (s) => [s.contract.id, s.sanitary.contractId];
const establishments: Ids = (s) => [s.establishmentId, s.sanitary.siteId];
const users: Ids = (s) => ALL_ROLES.map((role) => String(s.users[role].user!.id));

/** What an id argument names, by its name (the last segment of its path). */
const BY_NAME: Record<string, Target> = {
  contractId: tenant(contracts),
  moduleId: tenant((s) => [moduleOf(s.contract, "PREVENTION").id]),
  actionId: tenant((s) => [s.actionId]),
  themeId: tenant((s) => [s.themeId]),
  themeIds: tenant((s) => [s.themeId]),
  establishmentIds: tenant(establishments),
  establishmentId: tenant(establishments),
  organisationId: tenant((s) => [s.organisation.id]),
  campaignId: tenant((s) => [s.campaignId]),
  officerId: tenant((s) => [String(s.users[Role.AGENCY_OFFICER].user!.id)]),
  targetId: tenant((s) => [moduleOf(s.contract, "PREVENTION").id]),
  establishmentActivityId: tenant((s) => [s.sanitary.siteActivityId]),
  financingLineId: tenant((s) => [s.sanitary.financingLineId]),
  contractObjectiveId: tenant((s) => [s.sanitary.objectiveId]),
  contractActionId: tenant((s) => [s.sanitary.actionId]),
  evaluationId: tenant((s) => [s.sanitary.evaluationId]),
  indicatorId: tenant((s) => [s.sanitary.indicatorId]),
  reviewId: tenant((s) => [s.reviewId]),
  amendmentId: tenant((s) => [s.sanitary.amendmentId]),
  expectationId: tenant((s) => [s.expectationId]),
  linkId: tenant((s) => [s.expectationLinkId]),
  attachmentId: tenant((s) => [s.attachmentId]),
  agencyId: publicData((s) => [s.agencyId]),
  catalogueId: publicData((s) => [s.sanitary.catalogueId]),
  templateId: publicData((s) => [s.sanitary.templateId]),
  ids: filter((s) => s.notificationIds),
};

/** The argument `id` names what its field is about. */
const BY_FIELD: Record<string, Target> = {
  action: tenant((s) => [s.actionId]),
  theme: tenant((s) => [s.themeId]),
  contractModule: tenant((s) => [moduleOf(s.contract, "PREVENTION").id]),
  contract: tenant(contracts),
  organisation: tenant((s) => [s.organisation.id]),
  establishment: tenant(establishments),
  agency: publicData((s) => [s.agencyId]),
  sanitaryCatalogue: publicData((s) => [s.sanitary.catalogueId]),
  updateUser: tenant(users),
  updateTheme: tenant((s) => [s.themeId]),
  updateCampaign: tenant((s) => [s.campaignId]),
  updateOrganisation: tenant((s) => [s.organisation.id]),
  updateEstablishment: tenant(establishments),
  updateAgency: publicData((s) => [s.agencyId]),
  retryOutboxEmail: tenant((s) => [s.outboxEmailId]),
};

/** Root fields that take no id at all (their lists are filtered by scope: access.test.ts). */
const NO_ID = new Set([
  "me",
  "users",
  "moduleTypes",
  "organisations",
  "rateDistribution",
  "organisationExportLinks",
  "themesExportLinks",
  "regions",
  "departments",
  "agencies",
  "sanitaryCatalogues",
  "activities",
  "reviewsDue",
  "departmentExpectations",
  "notifications",
  "unreadNotificationCount",
  "login",
  "logout",
  "changePassword",
  "updateModuleType",
  "createCampaign",
  "createOrganisation",
  "createAgency",
  "createSanitaryCatalogue",
  "setDepartmentExpectations",
  "emailPreferences",
  "setEmailPreferences",
  "outboxEmails",
]);

function targetOf(field: string, path: string[]): Target | undefined {
  const leaf = path.at(-1)!;
  return leaf === "id" ? BY_FIELD[field] : BY_NAME[leaf];
}

/** Every argument path of a field whose type is ID (or a list of ID). */
function idPaths(field: GraphQLField<unknown, unknown>): string[][] {
  const paths: string[][] = [];
  const walk = (type: GraphQLInputType, path: string[]) => {
    const inner = getNullableType(type);
    const item = isListType(inner) ? getNullableType(inner.ofType) : inner;
    if ("name" in item && item.name === "ID") paths.push(path);
    else if (isInputObjectType(item)) for (const f of Object.values(item.getFields())) walk(f.type, [...path, f.name]);
  };
  for (const arg of field.args) walk(arg.type, [arg.name]);
  return paths;
}

/** A query that names every argument as a variable and selects every scalar of what it returns. */
function operation(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const named = getNamedType(field.type);
  let selection = "";
  if (isObjectType(named)) {
    const scalars = Object.values(named.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)));
    selection = ` { __typename ${scalars.map((f) => f.name).join(" ")} }`;
  }
  return `${kind}${declared ? `(${declared})` : ""} { ${field.name}${passed ? `(${passed})` : ""}${selection} }`;
}

const UNKNOWN = "987654321";

/** An answer with the id at the target replaced (as a value, or inside a message), so that answers to two ids compare. */
function normalise(body: GraphQLResponse, id: string): string {
  const { extensions: _stats, ...rest } = body;
  return JSON.stringify(rest, (key, value) => {
    if (key === "locations") return undefined;
    if (value === id) return "<id>";
    if (key === "message" && typeof value === "string") return value.replace(new RegExp(`\\b${id}\\b`, "g"), "<id>");
    return value;
  });
}

describe("an adversary of region 27 calling every root field with region 84's ids", () => {
  let app: TestApp;
  let world: World;
  let secrets: string[];
  beforeAll(async () => {
    app = await startTestApp();
    world = await buildWorld(app);
    // B's names are made recognisable, so that any leak shows.
    const b = world.b;
    const admin = b.users[Role.AGENCY_ADMIN];
    const renamed = await admin.ok(`mutation($id: ID!, $v: Int!) { updateOrganisation(input: { id: $id, version: $v, name: "Fondation secrète du Rhône" }) { finessJuridique establishments { finessGeographique } } }`, {
      id: b.organisation.id,
      v: await versionOf(admin, "organisation", b.organisation.id),
    });
    await admin.ok(`mutation($id: ID!, $v: Int!) { updateAction(input: { actionId: $id, version: $v, title: "Action secrète du Rhône" }) { id } }`, {
      id: b.actionId,
      v: await versionOf(admin, "action", b.actionId),
    });
    secrets = [
      "secrète",
      renamed.updateOrganisation.finessJuridique,
      ...renamed.updateOrganisation.establishments.map((e: { finessGeographique: string }) => e.finessGeographique),
      ...ALL_ROLES.map((role) => b.users[role].user!.displayName),
      ...ALL_ROLES.map((role) => b.users[role].user!.email),
    ];
  }, 120_000);
  afterAll(() => app.close());

  const rootFields = async () => {
    const s = await buildGraphQLSchema(appResolvers);
    return [
      ...Object.values(s.getQueryType()!.getFields()).map((f) => ({ kind: "query" as const, field: f })),
      ...Object.values(s.getMutationType()!.getFields()).map((f) => ({ kind: "mutation" as const, field: f })),
    ];
  };

  it("knows every root field and every id argument (a new one fails here until it is covered)", async () => {
    const unknown: string[] = [];
    for (const { field } of await rootFields()) {
      const paths = idPaths(field);
      if (paths.length === 0 && !NO_ID.has(field.name)) unknown.push(`${field.name}: takes no id; add it to NO_ID if its answer is filtered by scope`);
      if (paths.length > 0 && NO_ID.has(field.name)) unknown.push(`${field.name}: takes ids, remove it from NO_ID`);
      for (const path of paths) if (!targetOf(field.name, path)) unknown.push(`${field.name}: ${path.join(".")} names nothing the suite knows`);
    }
    expect(unknown).toEqual([]);
  });

  it("returns nothing of region 84, changes nothing, and answers its ids as unknown ones", async () => {
    const failures: string[] = [];
    const unreached: string[] = [];
    const fresh = new Map<Role, TestClient>();
    for (const role of ALL_ROLES) {
      const user = world.a.users[role].user!;
      const { token } = await app.db.transaction((tx) => openSession(tx, app.runtime.auth, user.id, app.clock.now()));
      fresh.set(role, app.withToken(token, user));
    }
    let digest = await tablesDigest(app.db);
    for (const { kind, field } of await rootFields()) {
      for (const path of idPaths(field)) {
        const target = targetOf(field.name, path)!;
        let reached = target.kind !== "tenant";
        for (const victim of target.ids(world.b, world)) {
          for (const role of ALL_ROLES) {
            const relative = (path[0] === "input" ? path.slice(1) : path).join(".");
            const call = async (value: string) => {
              const sampleOf: Sample = {
                field: field.name,
                target: path,
                value,
                own: (p) => {
                  const t = targetOf(field.name, p.filter((segment) => !/^\d+$/.test(segment)));
                  return t ? t.ids(world.a, world)[0] : "1";
                },
              };
              const variables: Record<string, unknown> = {};
              for (const arg of field.args) {
                const v = sample(arg.type, [arg.name], sampleOf);
                if (v !== undefined && (isNonNullType(arg.type) || path[0] === arg.name)) variables[arg.name] = v;
              }
              if (field.name === "assignContractOfficer") (variables.input as Record<string, unknown>).version = await versionOf(app, "contract", world.a.contract.id);
              if (field.name === "updateAction") (variables.input as Record<string, unknown>).version = await versionOf(app, "action", world.a.actionId);
              if (field.name === "selectModuleThemes") (variables.input as Record<string, unknown>).version = await versionOf(app, "contractModule", moduleOf(world.a.contract, "PREVENTION").id);
              const body = await fresh.get(role)!.gql(operation(kind, field), variables);
              if (body.errors?.some((e) => e.extensions.code === "INTERNAL_SERVER_ERROR" || e.extensions.code === "GRAPHQL_VALIDATION_FAILED")) {
                failures.push(`${field.name}(${relative}) as ${role}: the generated call is broken: ${JSON.stringify(body.errors)}`);
              }
              return body;
            };
            const answer = await call(victim);
            const text = JSON.stringify(answer);
            for (const secret of secrets) if (text.includes(secret)) failures.push(`${field.name}(${relative}) as ${role}: the answer shows "${secret}": ${text}`);
            const after = kind === "mutation" ? await tablesDigest(app.db) : digest;
            if (after !== digest) {
              failures.push(`${field.name}(${relative}) as ${role}: rows changed: ${text}`);
              digest = after;
            }
            if (target.kind === "public") continue;
            const unknown = await call(UNKNOWN);
            if (normalise(answer, victim) !== normalise(unknown, UNKNOWN)) {
              failures.push(`${field.name}(${relative}) as ${role}: region 84's id is answered differently from an unknown id:\n  ${normalise(answer, victim)}\n  ${normalise(unknown, UNKNOWN)}`);
            }
            const error = unknown.errors?.[0];
            const at = String(error?.extensions.field);
            if (at === relative || at.startsWith(`${relative}.`) || (kind === "query" && !unknown.errors)) reached = true;
            if (process.env.ADVERSARIAL_DEBUG === field.name) console.log(role, relative, JSON.stringify(unknown));
          }
        }
        if (!reached) unreached.push(`${field.name}(${path.join(".")})`);
      }
    }
    expect(failures).toEqual([]);
    expect(unreached).toEqual([]);
    expect(await tablesDigest(app.db)).toBe(digest);
  }, 600_000);

  it("downloads nothing of region 84: each of its contracts' files and documents is answered as an unknown one's, for every role, and nothing is attached to them", async () => {
    const origin = new URL(app.url).origin;
    const get = async (client: TestClient, url: string) => {
      const response = await fetch(origin + url, { headers: { authorization: `Bearer ${client.token}` } });
      return { status: response.status, text: await response.text() };
    };
    const failures: string[] = [];
    const urls: string[] = [];
    const digest = await tablesDigest(app.db);
    for (const id of contracts(world.b, world)) {
      const { contract } = await world.b.users[Role.AGENCY_ADMIN].ok(`query($id: ID!) { contract(id: $id) { exportLinks { url } versions { number } } }`, { id });
      urls.push(...contract.exportLinks.map((l: { url: string }) => l.url));
      // And at each version it has (the sanitary one is signed).
      for (const { number } of contract.versions) urls.push(`/exports/contracts/${id}/contract.pdf?version=${number}`);
    }
    // Region 84's own admin gets every one of them: the files exist.
    for (const url of urls) expect({ url, status: (await get(world.b.users[Role.AGENCY_ADMIN], url)).status }).toEqual({ url, status: 200 });
    for (const url of urls) {
      const id = /\/contracts\/(\d+)\//.exec(url)![1];
      for (const role of ALL_ROLES) {
        const answer = await get(world.a.users[role], url);
        const unknown = await get(world.a.users[role], url.replace(`/contracts/${id}/`, `/contracts/${UNKNOWN}/`));
        if (answer.status !== 404 || answer.text.replaceAll(id, "<id>") !== unknown.text.replaceAll(UNKNOWN, "<id>")) failures.push(`${url} as ${role}: ${answer.status} ${answer.text}`);
        for (const secret of secrets) if (answer.text.includes(secret)) failures.push(`${url} as ${role}: shows "${secret}"`);
      }
    }
    // Region 84's attached documents: answered as unknown ones, for every role; nor can a role of region 27 attach to its contracts.
    const attachment = `/documents/${world.b.attachmentId}`;
    expect((await get(world.b.users[Role.AGENCY_ADMIN], attachment)).status).toBe(200);
    for (const role of ALL_ROLES) {
      const answer = await get(world.a.users[role], attachment);
      const unknown = await get(world.a.users[role], `/documents/${UNKNOWN}`);
      if (answer.status !== 404 || answer.text.replaceAll(world.b.attachmentId, "<id>") !== unknown.text.replaceAll(UNKNOWN, "<id>")) failures.push(`${attachment} as ${role}: ${answer.status} ${answer.text}`);
      for (const id of contracts(world.b, world)) {
        const form = new FormData();
        form.set("contractId", id);
        form.set("description", "Intrus");
        form.set("file", new Blob([new Uint8Array(TINY_PNG)]), "intrus.png");
        const upload = await fetch(`${origin}/documents`, { method: "POST", body: form, headers: { authorization: `Bearer ${world.a.users[role].token}` } });
        if (upload.status !== 404) failures.push(`upload to contract ${id} as ${role}: ${upload.status} ${await upload.text()}`);
      }
    }
    // Region 27's lists never hold region 84's organisations, whatever the filter says.
    for (const role of ALL_ROLES) {
      for (const url of ["/exports/organisations.csv", "/exports/organisations.csv?regionCode=84", `/exports/organisations.csv?search=${encodeURIComponent("secrète")}`]) {
        const answer = await get(world.a.users[role], url);
        for (const secret of secrets) if (answer.text.includes(secret)) failures.push(`${url} as ${role}: shows "${secret}"`);
      }
    }
    expect(failures).toEqual([]);
    expect(await tablesDigest(app.db)).toBe(digest);
  });
});
