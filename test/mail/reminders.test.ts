import { In } from "typeorm";
import { Role } from "../../src/core/auth/roles";
import { ContractReview, ReviewKind } from "../../src/contracts/review.entities";
import { Contract } from "../../src/contracts/contract.entities";
import { ContractStatus } from "../../src/contracts/contract-status";
import { ProgressSnapshot } from "../../src/commode/plan.entities";
import { parisHour } from "../../src/mail/digest";
import { OutboxEmail, OutboxKind, OutboxStatus } from "../../src/mail/mail.entities";
import { dueOffset } from "../../src/mail/reminders";
import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { createAgency, createEstablishment, createOrganisation, openContract } from "../support/builders";
import { testDriver } from "../support/databases";
import { TestSmtpServer } from "../support/smtp";

describe("reminders from the calendar, and the daily digest", () => {
  const OFFSETS = [30, 7, 0];

  it("says which reminder is due: the nearest offset reached, on the day and while overdue", () => {
    const deadline = { date: "2027-03-31" };
    expect(dueOffset(deadline, "2027-02-28", OFFSETS)).toBeNull();
    expect(dueOffset(deadline, "2027-03-01", OFFSETS)).toBe(30);
    expect(dueOffset(deadline, "2027-03-23", OFFSETS)).toBe(30);
    expect(dueOffset(deadline, "2027-03-24", OFFSETS)).toBe(7);
    expect(dueOffset(deadline, "2027-03-31", OFFSETS)).toBe(0);
    expect(dueOffset(deadline, "2027-06-30", OFFSETS)).toBe(0);
    expect(dueOffset(deadline, "2027-03-31", [14])).toBe(14);
    expect(parisHour(new Date("2026-11-22T06:30:00Z"))).toBe(7);
    expect(parisHour(new Date("2026-07-22T06:30:00Z"))).toBe(8);
  });

  describe("on the server", () => {
    const smtp = new TestSmtpServer();
    let app: TestApp;
    let director: TestClient;
    let contractId: string;
    const directorEmail = "direction@les-cedres.example";
    const job = (name: string, jobs = app.jobs) => jobs.find((j) => j.name === name)!;
    const reminders = () => app.db.writer.manager.find(OutboxEmail, { where: { kind: OutboxKind.REMINDER }, order: { id: "ASC" } });

    beforeAll(async () => {
      await smtp.start();
      app = await startTestApp({ now: "2026-11-22T10:00:00Z", env: { SMTP_URL: smtp.url, PUBLIC_URL: "https://cpom.example", REMINDER_OFFSETS_DAYS: "30,7,0", DIGEST_HOUR: "7" } });
      const agency = await createAgency(app, "27");
      const campaign = (await app.ok(`mutation { createCampaign(input: { name: "CPOM 2027", negotiationOpensOn: "2026-11-01", negotiationClosesOn: "2027-02-15", signatureDeadline: "2027-03-31" }) { id } }`)).createCampaign;
      const organisation = await createOrganisation(app, { name: "Association Les Cèdres" });
      await createEstablishment(app, organisation.id, { name: "EHPAD Les Cèdres", sector: "ELDERLY", category: "EHPAD", departmentCode: "71" });
      contractId = (await openContract(app, { organisationId: organisation.id, agencyId: agency.id, campaignId: campaign.id, startDate: "2027-01-01" })).id;
      director = await app.as({ role: Role.ORGANISATION_USER, organisationId: organisation.id, email: directorEmail, displayName: "Lucie Bernard" });
    });
    afterAll(async () => {
      await app.close();
      await smtp.stop();
    });

    it("reminds both parties of the campaign's deadlines, at each offset once, then sends them", async () => {
      await job("reminders").tick();
      expect(await reminders()).toEqual([]);

      // 30 days before the negotiation closes (2027-02-15).
      app.clock.set("2027-01-16T09:00:00Z");
      await job("reminders").tick();
      await job("reminders").tick();
      const first = await reminders();
      expect(first.map((e) => [e.toAddress, e.subject])).toEqual(
        expect.arrayContaining([
          [directorEmail, `[CPOM] Contrat n° ${contractId} : La fin de la négociation dans 30 jours`],
          [app.user!.email, `[CPOM] Contrat n° ${contractId} : La fin de la négociation dans 30 jours`],
        ]),
      );
      expect(first).toHaveLength(2);
      expect(first[0].body).toContain("La fin de la négociation du contrat n° " + contractId + " (Association Les Cèdres) : échéance le 15/02/2027, dans 30 jours.");
      expect(first[0].body).toContain(`Voir le contrat : https://cpom.example/contracts/${contractId}`);

      // 7 days before, on the day, then overdue: one more each time, never twice.
      for (const [instant, count] of [["2027-02-08T09:00:00Z", 4], ["2027-02-09T09:00:00Z", 4], ["2027-02-15T09:00:00Z", 6], ["2027-02-20T09:00:00Z", 6]] as const) {
        app.clock.set(instant);
        await job("reminders").tick();
        expect([instant, (await reminders()).filter((e) => e.subject.includes("négociation")).length]).toEqual([instant, count]);
      }
      // The signature deadline's 30 days (2027-03-01) came meanwhile.
      app.clock.set("2027-03-01T09:00:00Z");
      await job("reminders").tick();
      expect((await reminders()).filter((e) => e.subject.includes("La signature dans 30 jours"))).toHaveLength(2);

      const before = smtp.messages.length;
      await job("outbox").tick();
      expect(smtp.messages.length - before).toBe((await reminders()).length);
      expect(smtp.to(directorEmail).map((m) => m.subject)).toContain(`[CPOM] Contrat n° ${contractId} : La fin de la négociation aujourd'hui`);
    });

    it("reminds only the party that must act (the renewal request: the organisation), and not who chose no email", async () => {
      // Its renewal request, moved near (the calendar set it a year before the contract's end).
      await app.db.transaction((tx) => tx.update(ContractReview, { contractId: Number(contractId), kind: ReviewKind.RENEWAL }, { scheduledOn: "2027-03-20" }));
      await app.ok(`mutation { setEmailPreferences(input: { defaultMode: NONE }) { defaultMode } }`);
      await job("reminders").tick();
      const renewal = (await reminders()).filter((e) => e.subject.includes("renouvellement"));
      expect(renewal.map((e) => e.toAddress)).toEqual([directorEmail]);
      expect(renewal[0].subject).toBe(`[CPOM] Contrat n° ${contractId} : La demande de renouvellement ou de prorogation dans 19 jours`);
      await app.ok(`mutation { setEmailPreferences(input: { defaultMode: IMMEDIATE }) { defaultMode } }`);
    });

    (testDriver() === "postgres" ? it : it.skip)("writes each reminder once when two server processes look at the same time (PostgreSQL)", async () => {
      const peer = await app.peer();
      try {
        app.clock.set("2027-03-24T09:00:00Z");
        const before = (await reminders()).length;
        await Promise.all([job("reminders"), job("reminders", peer.jobs), job("reminders"), job("reminders", peer.jobs)].map((j) => j.tick()));
        const written = (await reminders()).slice(before);
        // Due on 2027-03-24: the signature deadline's 7 days (2027-03-31, both parties) and the
        // renewal request's day (2027-03-20, passed: the organisation). Four passes, each written once.
        expect(written.map((e) => [e.toAddress, e.subject]).sort()).toEqual(
          [
            [app.user!.email, `[CPOM] Contrat n° ${contractId} : La signature dans 7 jours`],
            [directorEmail, `[CPOM] Contrat n° ${contractId} : La signature dans 7 jours`],
            [directorEmail, `[CPOM] Contrat n° ${contractId} : La demande de renouvellement ou de prorogation dépassée`],
          ].sort(),
        );
      } finally {
        await peer.close();
      }
    });

    it("sends the daily digest after its hour, once a day, listing the day's notifications of the kinds chosen", async () => {
      await director.ok(`mutation { setEmailPreferences(input: { defaultMode: DAILY_DIGEST }) { defaultMode } }`);
      app.clock.set("2027-04-01T12:00:00Z");
      for (const text of ["Premier", "Second"]) await app.ok(`mutation($id: ID!, $t: String!) { addComment(input: { contractId: $id, text: $t }) { id } }`, { id: contractId, t: text });
      const digests = () => app.db.writer.manager.find(OutboxEmail, { where: { kind: OutboxKind.DIGEST, toAddress: directorEmail } });
      // No immediate email for the comments.
      expect(await app.db.writer.manager.countBy(OutboxEmail, { kind: OutboxKind.NOTIFICATION, toAddress: directorEmail, status: In([OutboxStatus.PENDING]) })).toBe(0);

      app.clock.set("2027-04-02T04:30:00Z"); // 06:30 in Paris: before DIGEST_HOUR
      await job("digest").tick();
      expect(await digests()).toEqual([]);
      app.clock.set("2027-04-02T05:30:00Z"); // 07:30 in Paris
      await job("digest").tick();
      await job("digest").tick();
      const [digest] = await digests();
      expect(await digests()).toHaveLength(1);
      expect(digest.subject).toBe("[CPOM] 2 nouveautés sur vos contrats");
      expect(digest.body.match(/a commenté le contrat n°/g)).toHaveLength(2);
      expect(digest.body).toContain(`https://cpom.example/contracts/${contractId}`);

      // Later that day and the next: only what came since.
      app.clock.set("2027-04-02T09:00:00Z");
      await app.ok(`mutation($id: ID!) { addComment(input: { contractId: $id, text: "Troisième" }) { id } }`, { id: contractId });
      app.clock.set("2027-04-03T06:00:00Z");
      await job("digest").tick();
      const all = await digests();
      expect(all).toHaveLength(2);
      expect(all[1].subject).toBe("[CPOM] Une nouveauté sur vos contrats");
      await job("outbox").tick();
      expect(smtp.to(directorEmail).map((m) => m.subject)).toContain("[CPOM] 2 nouveautés sur vos contrats");
    });

    it("reminds the agency to close each contract year of a signed medico-social contract, and stops once it is closed", async () => {
      // Signed (as the lifecycle tests take it there); its first year ends on 2027-12-31.
      await app.db.transaction((tx) => tx.update(Contract, { id: Number(contractId) }, { status: ContractStatus.ACTIVE, signedOn: "2027-01-10" }));
      app.clock.set("2027-12-24T09:00:00Z");
      await job("reminders").tick();
      const close = (await reminders()).filter((e) => e.subject.includes("clôture"));
      expect(close.map((e) => [e.toAddress, e.subject])).toEqual([[app.user!.email, `[CPOM] Contrat n° ${contractId} : La clôture de l'année 1 dans 7 jours`]]);
      await app.db.transaction((tx) => tx.insert(ProgressSnapshot, { contractId: Number(contractId), year: 1, yearStartDate: "2027-01-01", yearEndDate: "2027-12-31", contractRate: 10, organisationRate: 10, closedAt: app.clock.now(), closedBy: "Admin" }));
      app.clock.set("2027-12-31T09:00:00Z");
      await job("reminders").tick();
      expect((await reminders()).filter((e) => e.subject.includes("clôture"))).toHaveLength(1);
    });
  });
});
