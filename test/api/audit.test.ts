import { buildSchema, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { graphql } from "graphql";
import { AuditEntry } from "../../src/core/audit/audit.entity";
import { Role } from "../../src/core/auth/roles";
import { RequestContext } from "../../src/core/context";
import { Transactional } from "../../src/core/transactional";
import { Agency } from "../../src/territory/territory.entities";
import { startTestApp, type TestApp } from "../support/app";
import { addAction, contractScenario, moduleOf, moveAction, versionOf } from "../support/builders";

const HISTORY = `query($id: ID!) { contractHistory(contractId: $id, take: 100) { totalCount items { userId userName operation entityType entityId action changes { field old new } occurredAt } } }`;

describe("the audit trail", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ now: "2026-11-22T10:00:00Z" });
  });
  afterAll(() => app.close());

  it("records who changed what, when, with old and new values, in the contract's history", async () => {
    const { contract, organisation } = await contractScenario(app);
    const orgUser = await app.as({ role: Role.ORGANISATION_USER, organisationId: organisation.id, displayName: "Claire Directrice" });
    await app.ok(`mutation($input: SetOrganisationWriteAccessInput!) { setOrganisationWriteAccess(input: $input) { id } }`, {
      input: { contractId: contract.id, version: contract.version, open: true },
    });
    app.clock.set("2026-11-23T09:15:00Z");
    const action = await addAction(orgUser, moduleOf(contract, "EFFICIENCE").id, { title: "Taux d'occupation à 95 %" });
    await moveAction(orgUser, action.id, "PLANNING", 40);

    const history = (await app.ok(HISTORY, { id: contract.id })).contractHistory;
    const [move, add] = history.items;
    expect(move).toMatchObject({ userId: String(orgUser.user!.id), userName: "Claire Directrice", operation: "moveActionToPhase", entityType: "Action", entityId: action.id, action: "UPDATE", occurredAt: "2026-11-23T09:15:00.000Z" });
    expect(move.changes).toEqual(
      expect.arrayContaining([
        { field: "phase", old: '"INITIALISATION"', new: '"PLANNING"' },
        { field: "completion", old: "0", new: "40" },
        { field: "progress", old: "0", new: "28" },
      ]),
    );
    expect(add).toMatchObject({ operation: "addAction", action: "CREATE", entityType: "Action" });
    expect(add.changes).toContainEqual({ field: "title", old: null, new: '"Taux d\'occupation à 95 %"' });
    // The contract's creation is on record too: the contract, its five modules, its plan.
    const operations = history.items.map((e: { operation: string; entityType: string }) => `${e.operation}/${e.entityType}`);
    expect(operations.filter((o: string) => o === "openMedicoSocialContract/ContractModule")).toHaveLength(5);
    expect(operations).toContain("openMedicoSocialContract/Contract");
    expect(operations).toContain("setOrganisationWriteAccess/Contract");

    // The organisation reads its own contract's history; another organisation cannot.
    expect((await orgUser.ok(HISTORY, { id: contract.id })).contractHistory.totalCount).toBe(history.totalCount);
    const other = await app.as({ role: Role.ORGANISATION_USER, organisationId: (await contractScenario(app)).organisation.id });
    expect((await other.fails(HISTORY, { id: contract.id })).extensions).toEqual({ code: "NOT_FOUND", field: "contractId" });
    const department = await app.as({ role: Role.DEPARTMENT_USER, departmentCode: "71" });
    expect((await department.fails(HISTORY, { id: contract.id })).extensions).toMatchObject({ code: "FORBIDDEN", rule: "ROLE" });
  });

  it("is written in the mutation's transaction: a failed mutation leaves no entry", async () => {
    const { contract } = await contractScenario(app);
    const before = (await app.ok(HISTORY, { id: contract.id })).contractHistory.totalCount;
    const action = await addAction(app, moduleOf(contract, "EFFICIENCE").id);
    await app.fails(`mutation($input: MoveActionInput!) { moveActionToPhase(input: $input) { id } }`, {
      input: { actionId: action.id, version: await versionOf(app, "action", action.id), phase: "MONITORING" },
    });
    expect((await app.ok(HISTORY, { id: contract.id })).contractHistory.totalCount).toBe(before + 1);
  });

  it("never writes a secret, only that it changed", async () => {
    const user = await app.as({ role: Role.VIEWER, regionCode: "27" });
    await user.ok(`mutation { changePassword(input: { currentPassword: "Test-password-1", newPassword: "Autre-mot-2026!" }) { id } }`);
    const entries = await app.context().em.find(AuditEntry, { where: { entityType: "User", entityId: String(user.user!.id) } });
    const change = entries.flatMap((e) => e.changes).find((c) => c.field === "passwordHash")!;
    expect(change.old).toMatch(/^"\[secret [0-9a-f]{8}\]"$/);
    expect(change.new).toMatch(/^"\[secret [0-9a-f]{8}\]"$/);
    expect(change.old).not.toBe(change.new);
    expect(JSON.stringify(entries)).not.toContain("$argon2id");
  });

  it("refuses a mutation that would change data without recording it", async () => {
    @Resolver()
    class CarelessResolver {
      @Mutation(() => Boolean)
      @Transactional()
      async sneaky(@Ctx() ctx: RequestContext): Promise<boolean> {
        await ctx.tm.insert(Agency, { name: "ARS Corse", regionCode: "94" });
        return true;
      }

      @Query(() => Boolean)
      nothing(): boolean {
        return true;
      }
    }
    const schema = await buildSchema({ resolvers: [CarelessResolver], validate: false, authChecker: () => true });
    const result = await graphql({ schema, source: "mutation { sneaky }", contextValue: app.context() });
    expect(result.errors?.[0].message).toMatch(/without recording it in the audit trail/);
    expect(await app.context().em.countBy(Agency, { regionCode: "94" })).toBe(0);
  });
});
