import WebSocket from "ws";
import { createClient } from "graphql-ws";
import { Role } from "../../src/core/auth/roles";
import { languageOf, translate } from "../../src/core/i18n";
import { en } from "../../src/core/i18n/en";
import { fr } from "../../src/core/i18n/fr";
import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { contractScenario, moduleOf, selectThemes, themeIds } from "../support/builders";

/** A request as a client sends it, with the Accept-Language header of its user's browser. */
async function ask(app: TestApp, client: TestClient, query: string, variables: Record<string, unknown>, acceptLanguage?: string) {
  const response = await fetch(app.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${client.token}`, ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] };
}

const keysOf = (texts: object, prefix = ""): string[] =>
  Object.entries(texts).flatMap(([key, value]) => (typeof value === "object" ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`]));

describe("texts for people: French by default, English on Accept-Language; codes in English", () => {
  let app: TestApp;
  let organisationUser: TestClient;
  let contract: Awaited<ReturnType<typeof contractScenario>>["contract"];
  beforeAll(async () => {
    app = await startTestApp();
    const scenario = await contractScenario(app);
    contract = scenario.contract;
    organisationUser = await app.as({ role: Role.ORGANISATION_USER, organisationId: scenario.organisation.id });
  });
  afterAll(() => app.close());

  it("has every text in both languages, with the same parameters", () => {
    expect(keysOf(en).sort()).toEqual(keysOf(fr).sort());
    const params = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const lookup = (texts: object, key: string) => key.split(".").reduce((node: any, part) => node[part], texts) as string;
    for (const key of keysOf(fr)) expect([key, params(lookup(en, key))]).toEqual([key, params(lookup(fr, key))]);
  });

  it("chooses the language from Accept-Language, with its weights; French when it names neither", () => {
    const of = (header?: string) => languageOf({ headers: header === undefined ? {} : { "accept-language": header } });
    expect(of()).toBe("fr");
    expect(of("fr-FR,fr;q=0.9")).toBe("fr");
    expect(of("en-GB,en;q=0.9")).toBe("en");
    expect(of("de-DE,en;q=0.5,fr;q=0.8")).toBe("fr");
    expect(of("de-DE,es;q=0.5")).toBe("fr");
    expect(of("*")).toBe("fr");
    expect(translate("en", "rule.themes", { count: 1 })).toBe("1 theme");
    expect(translate("fr", "rule.themes", { count: 2 })).toBe("2 thèmes");
  });

  it("words the notifications in the reader's language, from what happened", async () => {
    await app.ok(`mutation($id: ID!) { addComment(input: { contractId: $id, text: "Merci pour le dépôt" }) { id } }`, { id: contract.id });
    const query = `{ notifications(first: 1) { items { kind operation message } } }`;
    const inFrench = await ask(app, organisationUser, query, {});
    expect(inFrench.data.notifications.items[0]).toEqual({ kind: "COMMENT", operation: "addComment", message: `${app.user!.displayName} a commenté le contrat n° ${contract.id}` });
    const inEnglish = await ask(app, organisationUser, query, {}, "en-US,en;q=0.9");
    expect(inEnglish.data.notifications.items[0]).toEqual({ kind: "COMMENT", operation: "addComment", message: `${app.user!.displayName} commented on contract ${contract.id}` });
  });

  it("words plan violations and rules in the reader's language; rule codes and enum values stay in English", async () => {
    const query = `query($id: ID!) { contract(id: $id) { planViolations { rule scope sector message } } moduleTypes { code rules { kind description } } }`;
    const inFrench = (await ask(app, app, query, { id: contract.id })).data;
    const inEnglish = (await ask(app, app, query, { id: contract.id }, "en")).data;
    expect(inFrench.contract.planViolations.map((v: { rule: string }) => v.rule)).toEqual(inEnglish.contract.planViolations.map((v: { rule: string }) => v.rule));
    expect(inFrench.contract.planViolations).toContainEqual(expect.objectContaining({ rule: "MIN_THEMES", message: expect.stringMatching(/^Le module « .+ » demande au moins 1 thème ; il en a 0$/) }));
    expect(inEnglish.contract.planViolations).toContainEqual(expect.objectContaining({ rule: "MIN_THEMES", message: expect.stringMatching(/^Module ".+" needs at least 1 theme; it has 0$/) }));
    const m1 = (data: any) => data.moduleTypes.find((m: { code: string }) => m.code === "TRANSFORMATION_OFFRE").rules.map((r: { description: string }) => r.description);
    expect(m1(inFrench)).toEqual(["au moins 1 thème", "au plus 5 thèmes par secteur couvert", "au moins 1 action pour chaque thème retenu"]);
    expect(m1(inEnglish)).toEqual(["at least 1 theme", "at most 5 themes per sector covered", "at least 1 action for each selected theme"]);
  });

  it("words a refusal's violations in the reader's language, with the sector named as people say it", async () => {
    const themes = await themeIds(app);
    const m1 = moduleOf(contract, "TRANSFORMATION_OFFRE").id;
    const elderly = Object.entries(themes).filter(([code]) => code.startsWith("M1-")).map(([, id]) => id);
    // Six briques of module 1 exceed five for one sector at least: refused with the rule's code, in words in each language.
    const select = (language?: string) =>
      ask(app, app, `mutation($input: SelectModuleThemesInput!) { selectModuleThemes(input: $input) { id } }`, { input: { moduleId: m1, version: moduleOf(contract, "TRANSFORMATION_OFFRE").version, themeIds: elderly } }, language);
    const [french, english] = [await select(), await select("en")];
    expect(french.errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "MAX_THEMES" });
    expect(english.errors![0].extensions).toMatchObject({ code: "RULE_VIOLATION", rule: "MAX_THEMES" });
    expect(french.errors![0].message).toMatch(/admet au plus 5 thèmes pour le secteur personnes (âgées \(PA\)|handicapées \(PH\)) ; il en a \d/);
    expect(english.errors![0].message).toMatch(/allows at most 5 themes for the (older|disabled) people \(P[AH]\) sector; it has \d/);
    await selectThemes(app, m1, []);
  });

  it("words error messages in the reader's language; codes, fields and rules stay the same", async () => {
    // A domain error (a stale version), with its field and the current version for programs.
    const rename = `mutation($id: ID!) { updateOrganisation(input: { id: $id, version: 999, name: "Autre nom" }) { id } }`;
    const organisationId = (await app.ok(`query($id: ID!) { contract(id: $id) { organisation { id } } }`, { id: contract.id })).contract.organisation.id;
    const [french, english] = [await ask(app, app, rename, { id: organisationId }), await ask(app, app, rename, { id: organisationId }, "en-GB,en;q=0.9")];
    expect(french.errors![0].extensions).toEqual(english.errors![0].extensions);
    expect(french.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "version" });
    expect(french.errors![0].message).toMatch(/^L'organisme a été modifié\(e\) par quelqu'un d'autre depuis votre lecture \(version 999, désormais \d+\)/);
    expect(english.errors![0].message).toMatch(/^The organisation was changed by someone else since you read it \(version 999, now \d+\)/);

    // NOT_FOUND names the kind of thing in the reader's words.
    const move = `mutation { moveActionToPhase(input: { actionId: "999999", version: 1, phase: PLANNING }) { id } }`;
    expect((await ask(app, app, move, {})).errors![0]).toMatchObject({ message: 'Action « 999999 » introuvable', extensions: { code: "NOT_FOUND", field: "actionId" } });
    expect((await ask(app, app, move, {}, "en")).errors![0]).toMatchObject({ message: 'Action "999999" does not exist', extensions: { code: "NOT_FOUND", field: "actionId" } });

    // class-validator's refusals, and the input limits checked before anything runs.
    const blank = `mutation($id: ID!) { addComment(input: { contractId: $id, text: "   " }) { id } }`;
    expect((await ask(app, app, blank, { id: contract.id })).errors![0]).toMatchObject({ message: "text ne doit pas être blanc", extensions: { code: "BAD_USER_INPUT", field: "text" } });
    expect((await ask(app, app, blank, { id: contract.id }, "en")).errors![0]).toMatchObject({ message: "text must not be blank", extensions: { code: "BAD_USER_INPUT", field: "text" } });
    const long = `mutation($id: ID!, $text: String!) { addComment(input: { contractId: $id, text: $text }) { id } }`;
    const refused = await ask(app, app, long, { id: contract.id, text: "x\u0007" });
    expect(refused.errors![0]).toMatchObject({ message: "text contient un caractère de contrôle ou de mise en forme invisible", extensions: { code: "BAD_USER_INPUT", field: "text" } });

    // A rule of the contract's life, with its parts in words.
    const unauthenticated = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json", "accept-language": "en" }, body: JSON.stringify({ query: "{ me { id } }" }) });
    expect(((await unauthenticated.json()) as any).errors[0].message).toMatch(/^Authentication required: log in/);
    const anonymous = await fetch(app.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ me { id } }" }) });
    expect(((await anonymous.json()) as any).errors[0].message).toMatch(/^Authentification requise : connectez-vous/);
  });

  it("words the refusals of the routes beside /graphql, and the limits, in the reader's language", async () => {
    const origin = new URL(app.url).origin;
    const download = (language?: string) =>
      fetch(`${origin}/exports/contracts/999999/contract.pdf`, { headers: { authorization: `Bearer ${app.token}`, ...(language ? { "accept-language": language } : {}) } });
    const [french, english] = [(await (await download()).json()) as any, (await (await download("en")).json()) as any];
    expect(french.errors[0]).toMatchObject({ message: "Contrat « 999999 » introuvable", extensions: { code: "NOT_FOUND" } });
    expect(english.errors[0]).toMatchObject({ message: 'Contract "999999" does not exist', extensions: { code: "NOT_FOUND" } });
    const badJson = (language?: string) => fetch(app.url, { method: "POST", headers: { "content-type": "application/json", ...(language ? { "accept-language": language } : {}) }, body: "{" });
    expect(((await (await badJson()).json()) as any).errors[0].message).toBe("Le corps de la requête n'est pas du JSON valide");
    expect(((await (await badJson("en")).json()) as any).errors[0].message).toBe("The request body is not valid JSON");
    const deep = `{ ${"organisations { items { contracts { organisation { ".repeat(4)} id ${"} } } }".repeat(4)} }`;
    const tooDeep = await ask(app, app, deep, {});
    expect(tooDeep.errors![0].extensions).toMatchObject({ code: "QUERY_TOO_LARGE", limit: "maxDepth" });
    expect(tooDeep.errors![0].message).toMatch(/^La requête est imbriquée sur \d+ niveaux ; \d+ au plus sont acceptés$/);
    expect((await ask(app, app, deep, {}, "en")).errors![0].message).toMatch(/^The query is nested \d+ levels deep; at most \d+ are accepted$/);
  });

  it("words refusals over the WebSocket in the connection's language, as over HTTP", async () => {
    const refusal = async (acceptLanguage?: string) => {
      const client = createClient({
        url: app.url.replace(/^http/, "ws"),
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, acceptLanguage ? { headers: { "accept-language": acceptLanguage } } : {});
          }
        },
        connectionParams: { authorization: `Bearer ${organisationUser.token}` },
      });
      try {
        const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: id`).join(" ");
        return await new Promise<readonly { message: string; extensions?: Record<string, unknown> }[]>((resolve, reject) => {
          client.subscribe({ query: `subscription { notificationAdded { ${aliases} } }` }, { next: () => reject(new Error("accepted")), error: (e) => resolve(e as never), complete: () => reject(new Error("completed")) });
        });
      } finally {
        await client.dispose();
      }
    };
    const [french, english] = [await refusal(), await refusal("en")];
    expect(french[0]).toMatchObject({ message: expect.stringMatching(/^La requête compte \d+ alias ; \d+ au plus sont acceptés$/), extensions: { code: "QUERY_TOO_LARGE", limit: "maxAliases" } });
    expect(english[0]).toMatchObject({ message: expect.stringMatching(/^The query has \d+ aliases; at most \d+ are accepted$/), extensions: { code: "QUERY_TOO_LARGE", limit: "maxAliases" } });
  });

  it("words notifications received live in the language of the WebSocket connection", async () => {
    const client = createClient({
      url: app.url.replace(/^http/, "ws"),
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { "accept-language": "en" } });
        }
      },
      connectionParams: { authorization: `Bearer ${organisationUser.token}` },
    });
    try {
      const received = new Promise<{ message: string }>((resolve, reject) => {
        client.subscribe<{ notificationAdded: { message: string } }>({ query: `subscription { notificationAdded { message } }` }, { next: (value) => resolve(value.data!.notificationAdded), error: reject, complete: () => undefined });
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await app.ok(`mutation($id: ID!) { addComment(input: { contractId: $id, text: "Second envoi" }) { id } }`, { id: contract.id });
      expect((await received).message).toBe(`${app.user!.displayName} commented on contract ${contract.id}`);
    } finally {
      await client.dispose();
    }
  });
});
