import { In } from "typeorm";
import { Role } from "../../src/core/auth/roles";
import { OutboxEmail, OutboxStatus } from "../../src/mail/mail.entities";
import { unsubscribeToken } from "../../src/mail/unsubscribe";
import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { contractScenario } from "../support/builders";
import { testDriver } from "../support/databases";
import { TestSmtpServer } from "../support/smtp";

const COMMENT = `mutation($id: ID!, $text: String!) { addComment(input: { contractId: $id, text: $text }) { id } }`;
const PREFERENCES = `mutation($input: SetEmailPreferencesInput!) { setEmailPreferences(input: $input) { id defaultMode kinds { kind mode chosen } } }`;
const OUTBOX = `query($status: OutboxStatus) { outboxEmails(status: $status, first: 50) { totalCount edges { node { id kind toAddress subject status attempts lastError sentAt messageId contractId } } } }`;

describe("email: notifications through a transactional outbox, sent by a worker over SMTP", () => {
  const smtp = new TestSmtpServer();
  let app: TestApp;
  let contractId: string;
  let director: TestClient;
  const directorEmail = "direction@tilleuls.example";
  const tick = () => app.jobs.find((j) => j.name === "outbox")!.tick();
  const outbox = (where: Partial<Record<keyof OutboxEmail, unknown>> = {}) => app.db.writer.manager.find(OutboxEmail, { where: where as never, order: { id: "ASC" } });

  beforeAll(async () => {
    await smtp.start();
    app = await startTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: "CPOM ARS BFC <cpom@ars-bfc.example>", PUBLIC_URL: "https://cpom.ars-bfc.example", API_PUBLIC_URL: "https://api.cpom.ars-bfc.example" } });
    const scenario = await contractScenario(app);
    contractId = scenario.contract.id;
    director = await app.as({ role: Role.ORGANISATION_USER, organisationId: scenario.organisation.id, email: directorEmail, displayName: "Paul Durand" });
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it("emails a notification at once by default, in French, with the link to the contract and a way to unsubscribe", async () => {
    await app.ok(COMMENT, { id: contractId, text: "Merci pour le dépôt" });
    // Written with the comment, sent by the worker afterwards.
    expect(await outbox({ toAddress: directorEmail })).toMatchObject([{ status: OutboxStatus.PENDING, attempts: 0, kind: "NOTIFICATION", contractId: Number(contractId) }]);
    await tick();
    const [mail] = smtp.to(directorEmail);
    expect(mail.subject).toBe(`[CPOM] ${app.user!.displayName} a commenté le contrat n° ${contractId}`);
    expect(mail.from?.text).toBe('"CPOM ARS BFC" <cpom@ars-bfc.example>');
    expect(mail.text).toContain("Bonjour Paul Durand,");
    expect(mail.text).toContain(`Voir le contrat : https://cpom.ars-bfc.example/contracts/${contractId}`);
    const unsubscribe = `https://api.cpom.ars-bfc.example/email/unsubscribe?token=${unsubscribeToken(app.runtime.auth, director.user!.id)}`;
    expect(mail.text).toContain(unsubscribe);
    // List-Unsubscribe and List-Unsubscribe-Post, as mailparser groups the List-* headers.
    expect(mail.headers.get("list")).toEqual({ unsubscribe: { url: unsubscribe }, "unsubscribe-post": { name: "List-Unsubscribe=One-Click" } });
    // Nothing of the comment's text: the parties read it in the application, under its rules.
    expect(mail.text).not.toContain("Merci pour le dépôt");
    expect(await outbox({ toAddress: directorEmail })).toMatchObject([{ status: OutboxStatus.SENT, attempts: 1, messageId: expect.stringMatching(/^<.+>$/), lastError: null }]);
    // The sender of the change gets nothing.
    expect(smtp.to(app.user!.email)).toEqual([]);
  });

  it("writes no email for a change that fails", async () => {
    const before = (await outbox()).length;
    expect((await app.fails(COMMENT, { id: contractId, text: " " })).extensions.code).toBe("BAD_USER_INPUT");
    expect((await app.fails(COMMENT, { id: "987654321", text: "Texte" })).extensions.code).toBe("NOT_FOUND");
    expect((await outbox()).length).toBe(before);
  });

  it("follows each user's choice per kind: at once, in the daily digest, or not by email", async () => {
    expect((await director.ok(`{ emailPreferences { defaultMode kinds { kind mode chosen } } }`)).emailPreferences).toMatchObject({ defaultMode: "IMMEDIATE", kinds: expect.arrayContaining([{ kind: "COMMENT", mode: "IMMEDIATE", chosen: false }]) });
    const set = (await director.ok(PREFERENCES, { input: { kinds: [{ kind: "COMMENT", mode: "NONE" }, { kind: "PLAN_CHANGE", mode: "DAILY_DIGEST" }] } })).setEmailPreferences;
    expect(set.kinds).toEqual(expect.arrayContaining([{ kind: "COMMENT", mode: "NONE", chosen: true }, { kind: "PLAN_CHANGE", mode: "DAILY_DIGEST", chosen: true }, { kind: "SIGNATURE", mode: "IMMEDIATE", chosen: false }]));
    const before = (await outbox({ toAddress: directorEmail })).length;
    await app.ok(COMMENT, { id: contractId, text: "Pas par courriel" });
    expect((await outbox({ toAddress: directorEmail })).length).toBe(before);
    // The inbox still has it.
    expect((await director.ok(`{ notifications(first: 1) { edges { node { kind } } } }`)).notifications.edges[0].node.kind).toBe("COMMENT");
    // Back to the default for comments.
    expect((await director.ok(PREFERENCES, { input: { kinds: [{ kind: "COMMENT", mode: null }] } })).setEmailPreferences.kinds).toContainEqual({ kind: "COMMENT", mode: "IMMEDIATE", chosen: false });
    expect((await director.fails(PREFERENCES, { input: { kinds: [{ kind: "COMMENT", mode: "SOMETIMES" }] } })).extensions.code).toBe("BAD_USER_INPUT");
  });

  it("loses nothing while the SMTP server is down for an hour: it tries again later, and sends each email once", async () => {
    await smtp.stop();
    const received = smtp.messages.length;
    for (const text of ["Un", "Deux", "Trois"]) await app.ok(COMMENT, { id: contractId, text });
    await tick();
    const waiting = await outbox({ status: OutboxStatus.PENDING });
    expect(waiting).toHaveLength(3);
    expect(waiting.every((e) => e.attempts === 1 && /ECONNREFUSED|connect/i.test(e.lastError ?? "") && e.nextAttemptAt > app.clock.now())).toBe(true);
    // Not yet time: nothing is tried.
    await tick();
    expect((await outbox({ status: OutboxStatus.PENDING })).every((e) => e.attempts === 1)).toBe(true);

    app.clock.set(new Date(app.clock.now().getTime() + 60 * 60 * 1000).toISOString());
    await smtp.start();
    await tick();
    await tick();
    expect(smtp.messages.length - received).toBe(3);
    expect(await outbox({ status: OutboxStatus.PENDING })).toEqual([]);
    expect((await outbox({ toAddress: directorEmail })).filter((e) => e.attempts === 2 && e.status === OutboxStatus.SENT)).toHaveLength(3);
  });

  it("records a bounce; the agency admin sees it with the reason and may retry it; another agency sees nothing of it", async () => {
    const bounced = await app.as({ role: Role.ORGANISATION_USER, organisationId: director.user!.organisationId!, email: "bounce@tilleuls.example" });
    await app.ok(COMMENT, { id: contractId, text: "Pour tous" });
    await tick();
    const [email] = await outbox({ toAddress: "bounce@tilleuls.example" });
    expect(email).toMatchObject({ status: OutboxStatus.BOUNCED, attempts: 1, lastError: expect.stringContaining("No such user") });

    const view = (await app.ok(OUTBOX, { status: "BOUNCED" })).outboxEmails;
    expect(view.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(String(email.id));
    expect(view.edges[0].node).toMatchObject({ toAddress: "bounce@tilleuls.example", lastError: expect.stringContaining("No such user") });
    expect((await bounced.fails(OUTBOX, {})).extensions.code).toBe("FORBIDDEN");

    const other = await app.adminOf("84");
    expect((await other.ok(OUTBOX, {})).outboxEmails.totalCount).toBe(0);
    expect((await other.fails(`mutation($id: ID!) { retryOutboxEmail(id: $id) { id } }`, { id: String(email.id) })).extensions).toMatchObject({ code: "NOT_FOUND", field: "id" });

    const retried = (await app.ok(`mutation($id: ID!) { retryOutboxEmail(id: $id) { id status attempts } }`, { id: String(email.id) })).retryOutboxEmail;
    expect(retried).toEqual({ id: String(email.id), status: "PENDING", attempts: 0 });
    expect((await app.fails(`mutation($id: ID!) { retryOutboxEmail(id: $id) { id } }`, { id: String(email.id) })).extensions.code).toBe("CONFLICT");
    await tick();
    expect(await outbox({ id: email.id })).toMatchObject([{ status: OutboxStatus.BOUNCED, attempts: 1 }]);
  });

  it("unsubscribes from every email with the link, without logging in, once confirmed (a GET changes nothing); a forged link changes nothing", async () => {
    const link = (smtp.to(directorEmail)[0].headers.get("list") as { unsubscribe: { url: string } }).unsubscribe;
    const local = new URL(link.url.replace("https://api.cpom.ars-bfc.example", new URL(app.url).origin));
    const forged = new URL(local);
    forged.searchParams.set("token", `${app.user!.id}.${local.searchParams.get("token")!.split(".")[1]}`);
    expect((await fetch(forged)).status).toBe(404);
    expect((await fetch(forged, { method: "POST" })).status).toBe(404);
    expect((await director.ok(`{ emailPreferences { defaultMode } }`)).emailPreferences.defaultMode).toBe("IMMEDIATE");

    // Opening the link (as a mail scanner would) changes nothing: it asks to confirm.
    const confirm = await fetch(local);
    expect(confirm.status).toBe(200);
    expect(await confirm.text()).toMatch(/<form method="post" action="\?token=[^"]+"><button type="submit">Confirmer le désabonnement/);
    expect((await director.ok(`{ emailPreferences { defaultMode } }`)).emailPreferences.defaultMode).toBe("IMMEDIATE");
    // The mail client's one-click button (or the page's) posts to it.
    const answer = await fetch(local, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain("Vous ne recevrez plus de courriels");
    const preferences = (await director.ok(`{ emailPreferences { defaultMode kinds { mode chosen } } }`)).emailPreferences;
    expect(preferences.defaultMode).toBe("NONE");
    expect(preferences.kinds.every((k: { mode: string; chosen: boolean }) => k.mode === "NONE" && !k.chosen)).toBe(true);
    const before = (await outbox({ toAddress: directorEmail })).length;
    await app.ok(COMMENT, { id: contractId, text: "Plus de courriel" });
    expect((await outbox({ toAddress: directorEmail })).length).toBe(before);
  });

  // SQLite is one server process (its writer lock is the database file's); several processes need PostgreSQL.
  (testDriver() === "postgres" ? it : it.skip)("sends each email once when two server processes work the outbox at the same time, through an SMTP outage (PostgreSQL: SKIP LOCKED)", async () => {
    const peer = await app.peer();
    try {
      await director.ok(PREFERENCES, { input: { defaultMode: "IMMEDIATE" } });
      await tick(); // what earlier tests left
      const received = smtp.to(directorEmail).length;
      for (let i = 0; i < 30; i += 1) await app.ok(COMMENT, { id: contractId, text: `Commentaire ${i}` });
      // Each comment: one email to the director, one to the address that bounces.
      const pending = await outbox({ status: OutboxStatus.PENDING });
      expect(pending).toHaveLength(60);
      const workers = [app.jobs, peer.jobs].map((jobs) => jobs.find((j) => j.name === "outbox")!);
      // The SMTP server is down while both processes try: every email waits, tried once.
      await smtp.stop();
      await Promise.all([...workers, ...workers].map((worker) => worker.tick()));
      expect((await outbox({ id: In(pending.map((e) => e.id)) })).every((e) => e.status === OutboxStatus.PENDING && e.attempts === 1)).toBe(true);
      // An hour later it is back: both processes send, each email once.
      app.clock.set(new Date(app.clock.now().getTime() + 60 * 60 * 1000).toISOString());
      await smtp.start();
      await Promise.all([...workers, ...workers].map((worker) => worker.tick()));
      const after = await outbox({ id: In(pending.map((e) => e.id)) });
      // Each tried once more: sent, or refused by the server (which received one attempt each).
      expect(after.every((e) => e.attempts === 2)).toBe(true);
      expect(after.filter((e) => e.status === OutboxStatus.SENT).map((e) => e.toAddress)).toEqual(Array(30).fill(directorEmail));
      expect(after.filter((e) => e.status === OutboxStatus.BOUNCED)).toHaveLength(30);
      expect(smtp.to(directorEmail).length - received).toBe(30);
      expect(new Set(after.filter((e) => e.status === OutboxStatus.SENT).map((e) => e.messageId)).size).toBe(30);
    } finally {
      await peer.close();
    }
  });
});
