import { Role } from "../../src/core/auth/roles";
import { startTestApp, type TestApp, type TestClient } from "../support/app";
import { moduleOf } from "../support/builders";
import { buildWorld, type World } from "../support/world";

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) { id targetType targetId text authorName } }`;

/**
 * Comments ("Commentaire ARS") through one mechanism on any part of either family: the
 * contract, a module, a selected theme, an action of a plan, an objective, an action of annex
 * 1, an indicator, an evaluation, an amendment.
 */
describe("comments on any part of either family of contract", () => {
  let app: TestApp;
  let world: World;
  let admin: TestClient;

  const comment = (contractId: string, targetType: string, targetId: string | null, text: string, client = admin) => client.gql(ADD, { input: { contractId, targetType, targetId, text } });

  beforeAll(async () => {
    app = await startTestApp();
    world = await buildWorld(app);
    admin = world.a.users[Role.AGENCY_ADMIN];
  });
  afterAll(() => app.close());

  it("comments on an action of a medico-social plan, a module, a selected theme and an amendment", async () => {
    const ms = world.a.contract.id;
    const prevention = moduleOf(world.a.contract, "PREVENTION").id;
    expect((await comment(ms, "ACTION", world.a.actionId, "Action bien ciblée")).data!.addComment).toMatchObject({ targetType: "ACTION", targetId: world.a.actionId, authorName: expect.any(String) });
    expect((await comment(ms, "MODULE", prevention, "Module complet")).errors).toBeUndefined();
    expect((await comment(ms, "THEME", world.themes["M3-NUTRITION"], "Fiche nutrition pertinente")).errors).toBeUndefined();
    // A theme that no module of this contract selected answers as unknown.
    expect((await comment(ms, "THEME", world.themes["M3-CHUTES"], "x")).errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "targetId" });

    const seen = await world.a.users[Role.ORGANISATION_USER].ok(
      `query($id: ID!, $action: ID!) { contract(id: $id) { comments { targetType targetId text } } action(id: $action) { comments { text } } }`,
      { id: ms, action: world.a.actionId },
    );
    expect(seen.contract.comments.map((c: { targetType: string }) => c.targetType)).toEqual(["ACTION", "MODULE", "THEME"]);
    expect(seen.action.comments).toEqual([{ text: "Action bien ciblée" }]);
  });

  it("comments on the sanitary contract's objective, action and amendment, each by its own kind", async () => {
    const { contractId, objectiveId, actionId, amendmentId } = world.a.sanitary;
    for (const [type, id] of [
      ["OBJECTIVE", objectiveId],
      ["ACTION", actionId],
      ["AMENDMENT", amendmentId],
    ]) {
      expect((await comment(contractId, type, id, `Sur ${type}`)).errors).toBeUndefined();
    }
    const read = await admin.ok(`query($id: ID!) { contract(id: $id) { objectives { id actions { id comments { text } } } amendments { id comments { text } } } }`, { id: contractId });
    const action = read.contract.objectives.flatMap((o: { actions: { id: string; comments: { text: string }[] }[] }) => o.actions).find((a: { id: string }) => a.id === actionId);
    expect(action.comments).toEqual([{ text: "Sur ACTION" }]);
    expect(read.contract.amendments.find((a: { id: string }) => a.id === amendmentId).comments).toEqual([{ text: "Sur AMENDMENT" }]);
  });

  it("keeps the two families' actions apart, even under the same id", async () => {
    // The plan's action and annex 1's action of the same number are different things.
    const ms = world.a.contract.id;
    const planAction = await admin.ok(`query($id: ID!) { action(id: $id) { comments { text } } }`, { id: world.a.sanitary.actionId });
    const sanitaryCommentsOnPlan = (planAction.action?.comments ?? []).filter((c: { text: string }) => c.text === "Sur ACTION");
    expect(sanitaryCommentsOnPlan).toEqual([]);
    // An id of the other family's table, or of another contract, answers as unknown.
    expect((await comment(ms, "ACTION", world.a.sanitary.actionId === world.a.actionId ? "999999" : world.a.sanitary.actionId, "x")).errors![0].extensions.code).toBe("NOT_FOUND");
    expect((await comment(world.a.sanitary.contractId, "ACTION", world.a.actionId === world.a.sanitary.actionId ? "999999" : world.a.actionId, "x")).errors![0].extensions.code).toBe("NOT_FOUND");
  });

  it("refuses a part the contract's kind does not have, another contract's part, and anyone but the agency", async () => {
    const ms = world.a.contract.id;
    const wrongKind = (await comment(ms, "OBJECTIVE", world.a.sanitary.objectiveId, "x")).errors![0];
    expect(wrongKind.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "targetType" });
    expect(wrongKind.message).toBe("Un contrat médico-social n'a pas de partie de type OBJECTIVE");
    expect((await comment(world.a.sanitary.contractId, "MODULE", moduleOf(world.a.contract, "PREVENTION").id, "x")).errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "targetType" });
    // Region 84's module, on region 27's contract: unknown.
    expect((await comment(ms, "MODULE", moduleOf(world.b.contract, "PREVENTION").id, "x")).errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "targetId" });
    expect((await comment(ms, "ACTION", world.a.actionId, "x", world.a.users[Role.ORGANISATION_USER])).errors![0].extensions.code).toBe("FORBIDDEN");
    const count = (await admin.ok(`query($id: ID!) { contract(id: $id) { comments { id } } }`, { id: ms })).contract.comments.length;
    expect(count).toBe(3);
  });
});
