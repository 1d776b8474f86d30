import { OutboxEmail, OutboxStatus } from "../../src/mail/mail.entities";
import { Role } from "../../src/core/auth/roles";
import type { TestApp, TestClient } from "./app";
import { completeEngagements, createCatalogue, createHealthSite, openSanitaryContract, twoVoletCatalogue } from "./sanitary";
import { addAction, attachDocument, createAgency, createEstablishment, createOrganisation, moduleOf, openContract, selectThemes, themeIds, type ContractData } from "./builders";

export interface Side {
  agencyId: string;
  organisation: { id: string; finessJuridique: string; name: string };
  establishmentId: string;
  contract: ContractData;
  actionId: string;
  /** The first scheduled review of the medico-social contract. */
  reviewId: string;
  /** A campaign of the side's agency. */
  campaignId: string;
  /** A theme of the side's agency's own catalogue (module PREVENTION). */
  themeId: string;
  /** An expectation of the side's department, and the link (proposed) of the contract's action to it. */
  expectationId: string;
  expectationLinkId: string;
  /** A document attached to the medico-social contract (by its admin). */
  attachmentId: string;
  /** Notifications the side's users received. */
  notificationIds: string[];
  /** An email of the side's outbox (a notification to one of its users), marked FAILED so that an admin may retry it. */
  outboxEmailId: string;
  users: Record<Role, TestClient>;
  /** A sanitary contract on a health site (MEDECINE, URGENCES) of the same organisation, write access open, the same officer in charge. */
  sanitary: SanitarySide;
}

export interface SanitarySide {
  catalogueId: string;
  siteId: string;
  siteActivityId: string;
  contractId: string;
  objectiveId: string;
  actionId: string;
  indicatorId: string;
  evaluationId: string;
  financingLineId: string;
  /** An open amendment: the contract was proposed, negotiated and signed by both parties. */
  amendmentId: string;
  /** An indicator the side's catalogue suggests. */
  templateId: string;
}

export interface World {
  /** Bourgogne-Franche-Comté: organisation A, an EHPAD in 71, contract A (write access open, an officer in charge). */
  a: Side;
  /** Auvergne-Rhône-Alpes: organisation B, an EHPAD in 69, contract B. */
  b: Side;
  themes: Record<string, string>;
  /** A campaign of A's agency. */
  campaignId: string;
}

async function side(app: TestApp, regionCode: string, departmentCode: string, postalCode: string): Promise<Side> {
  const admin = await app.adminOf(regionCode);
  const { id: agencyId } = await createAgency(app, regionCode);
  const organisation = await createOrganisation(admin, { department: departmentCode, headOfficeRegionCode: regionCode });
  const establishment = await createEstablishment(admin, organisation.id, { departmentCode, postalCode, commune: "Commune", sector: "ELDERLY" });
  const contract = await openContract(admin, { organisationId: organisation.id, agencyId });
  const officer = await app.as({ role: Role.AGENCY_OFFICER, regionCode });
  await admin.ok(`mutation($input: AssignContractOfficerInput!) { assignContractOfficer(input: $input) { id } }`, {
    input: { contractId: contract.id, version: contract.version, officerId: String(officer.user!.id) },
  });
  const opened = await admin.ok(`query($id: ID!) { contract(id: $id) { version } }`, { id: contract.id });
  await admin.ok(`mutation($input: SetOrganisationWriteAccessInput!) { setOrganisationWriteAccess(input: $input) { id } }`, {
    input: { contractId: contract.id, version: opened.contract.version, open: true },
  });
  const themes = await themeIds(admin);
  await selectThemes(admin, moduleOf(contract, "PREVENTION").id, [themes["M3-NUTRITION"]]);
  const action = await addAction(admin, moduleOf(contract, "PREVENTION").id, { themeId: themes["M3-NUTRITION"] });
  const organisationUser = await app.as({ role: Role.ORGANISATION_USER, organisationId: organisation.id });
  let expectations = (await admin.ok(`query($d: String!) { departmentExpectations(departmentCode: $d) { id } }`, { d: departmentCode })).departmentExpectations;
  if (!expectations.length) {
    expectations = (
      await admin.ok(`mutation($d: String!) { setDepartmentExpectations(input: { departmentCode: $d, expectations: [{ code: "PREVENTION", description: "Une action de prévention", themeCodes: ["M3-NUTRITION"] }] }) { id } }`, { d: departmentCode })
    ).setDepartmentExpectations;
  }
  const expectationLink = (
    await admin.ok(`mutation($a: ID!, $e: ID!) { linkActionToExpectation(input: { actionId: $a, expectationId: $e }) { id } }`, { a: action.id, e: expectations[0].id })
  ).linkActionToExpectation;
  const campaign = await admin.ok(`mutation($name: String!) { createCampaign(input: { name: $name }) { id } }`, { name: `CPOM médico-sociaux ${regionCode}` });
  const theme = await admin.ok(
    `mutation($a: ID!, $code: String!) { createTheme(input: { moduleTypeCode: "PREVENTION", code: $code, title: "Thème de l'agence", sectors: [ELDERLY], definition: "D", agencyId: $a, questions: [{ angle: ORGANISATION, text: "1" }, { angle: TEAM, text: "2" }, { angle: CIRCLE, text: "3" }, { angle: TERRITORY, text: "4" }, { angle: PEOPLE_SUPPORTED, text: "5" }] }) { id } }`,
    { a: agencyId, code: `AGENCY-${regionCode}-WORLD` },
  );
  const sanitary = await sanitarySide(admin, organisationUser, officer, { organisationId: organisation.id, agencyId, regionCode, departmentCode, postalCode });
  const refreshed = (await admin.ok(`query($id: ID!) { contract(id: $id) { id version modules { id version mandatory activatedOn activationReason progressRate actionCount moduleType { code number } } reviews { id } } }`, { id: contract.id })).contract;
  return {
    agencyId,
    organisation,
    establishmentId: establishment.id,
    contract: { ...contract, ...refreshed },
    actionId: action.id,
    reviewId: refreshed.reviews[0].id,
    campaignId: campaign.createCampaign.id,
    themeId: theme.createTheme.id,
    expectationId: expectations[0].id,
    expectationLinkId: expectationLink.id,
    attachmentId: (await attachDocument(app.url, admin, { contractId: contract.id, description: "Document de la structure" })).id,
    notificationIds: [],
    outboxEmailId: "",
    sanitary,
    users: {
      [Role.AGENCY_ADMIN]: admin,
      [Role.AGENCY_OFFICER]: officer,
      [Role.ORGANISATION_USER]: organisationUser,
      [Role.DEPARTMENT_USER]: await app.as({ role: Role.DEPARTMENT_USER, departmentCode }),
      [Role.VIEWER]: await app.as({ role: Role.VIEWER, regionCode }),
    },
  };
}

/** Takes a sanitary contract through proposal, negotiation and both signatures, then opens an amendment; returns its id. */
async function signSanitary(admin: TestClient, organisationUser: TestClient, contractId: string): Promise<string> {
  const version = async () => (await admin.ok(`query($id: ID!) { contract(id: $id) { version } }`, { id: contractId })).contract.version;
  await admin.ok(`mutation($id: ID!, $v: Int!) { proposeContract(input: { contractId: $id, version: $v }) { id } }`, { id: contractId, v: await version() });
  await admin.ok(`mutation($id: ID!, $v: Int!) { startNegotiation(input: { contractId: $id, version: $v }) { id } }`, { id: contractId, v: await version() });
  const { objectives, maxObjectives } = (await admin.ok(`query($id: ID!) { contract(id: $id) { maxObjectives objectives { id version } } }`, { id: contractId })).contract;
  for (const [i, objective] of objectives.entries()) {
    await organisationUser.ok(`mutation($input: DecideObjectiveInput!) { decideObjective(input: $input) { id } }`, {
      input: { contractObjectiveId: objective.id, version: objective.version, retained: i < maxObjectives, stakes: "Enjeux" },
    });
  }
  await completeEngagements(organisationUser, contractId);
  for (const client of [admin, organisationUser]) await client.ok(`mutation($id: ID!) { signContract(input: { contractId: $id, signedOn: "2026-01-15" }) { id } }`, { id: contractId });
  return (await admin.ok(`mutation($id: ID!) { openAmendment(input: { contractId: $id, description: "Avenant 1" }) { id } }`, { id: contractId })).openAmendment.id;
}

async function sanitarySide(
  admin: TestClient,
  organisationUser: TestClient,
  officer: TestClient,
  at: { organisationId: string; agencyId: string; regionCode: string; departmentCode: string; postalCode: string },
): Promise<SanitarySide> {
  // Region 84 has the seeded ARA catalogue; the others get a small one of their own.
  const catalogues = (await admin.ok(`query($r: String!) { sanitaryCatalogues(regionCode: $r) { id active } }`, { r: at.regionCode })).sanitaryCatalogues;
  const catalogueId = catalogues.find((c: { active: boolean }) => c.active)?.id ?? (await createCatalogue(admin, twoVoletCatalogue(`Catalogue ${at.regionCode}`))).id;
  const site = await createHealthSite(admin, at.organisationId, ["MEDECINE", "URGENCES"], { departmentCode: at.departmentCode, postalCode: at.postalCode, commune: "Commune" });
  const siteActivity = (await admin.ok(`query($id: ID!) { establishment(id: $id) { activities { id } } }`, { id: site.id })).establishment.activities[0];
  const contract = await openSanitaryContract(admin, { organisationId: at.organisationId, agencyId: at.agencyId, establishmentIds: [site.id] });
  await admin.ok(`mutation($input: AssignContractOfficerInput!) { assignContractOfficer(input: $input) { id } }`, {
    input: { contractId: contract.id, version: contract.version, officerId: String(officer.user!.id) },
  });
  const opened = await admin.ok(`query($id: ID!) { contract(id: $id) { version } }`, { id: contract.id });
  await admin.ok(`mutation($input: SetOrganisationWriteAccessInput!) { setOrganisationWriteAccess(input: $input) { id } }`, {
    input: { contractId: contract.id, version: opened.contract.version, open: true },
  });
  const objective = contract.objectives[0];
  const action = objective.actions[0];
  const evaluation = await admin.ok(`mutation($id: ID!) { openEvaluation(input: { contractId: $id, kind: MID_TERM }) { id } }`, { id: contract.id });
  const line = await admin.ok(`mutation($id: ID!) { addFinancingLine(input: { contractId: $id, label: "MIG", amounts: [1, 1, 1, 1, 1] }) { id } }`, { id: contract.id });
  const amendmentId = await signSanitary(admin, organisationUser, contract.id);
  const tree = await admin.ok(`query($id: ID!) { sanitaryCatalogue(id: $id) { orientations { objectives { actions { indicators { id } } } } } }`, { id: catalogueId });
  const templateId: string = tree.sanitaryCatalogue.orientations
    .flatMap((o: { objectives: { actions: { indicators: { id: string }[] }[] }[] }) => o.objectives)
    .flatMap((o: { actions: { indicators: { id: string }[] }[] }) => o.actions)
    .flatMap((a: { indicators: { id: string }[] }) => a.indicators)[0].id;
  return {
    templateId,
    catalogueId,
    siteId: site.id,
    siteActivityId: siteActivity.id,
    contractId: contract.id,
    objectiveId: objective.id,
    actionId: action.id,
    indicatorId: action.indicator.id,
    evaluationId: evaluation.openEvaluation.id,
    financingLineId: line.addFinancingLine.id,
    amendmentId,
  };
}

export async function buildWorld(app: TestApp): Promise<World> {
  const a = await side(app, "27", "71", "71000");
  const b = await side(app, "84", "69", "69003");
  for (const s of [a, b]) {
    for (const client of Object.values(s.users)) {
      s.notificationIds.push(...(await client.ok(`{ notifications(take: 100) { items { id } } }`)).notifications.items.map((n: { id: string }) => n.id));
    }
    const agencyId = Number(s.agencyId);
    const email = await app.db.writer.manager.findOneOrFail(OutboxEmail, { where: { agencyId }, order: { id: "ASC" } });
    await app.db.transaction((tx) => tx.update(OutboxEmail, { id: email.id }, { status: OutboxStatus.FAILED, lastError: "550 No such user" }));
    s.outboxEmailId = String(email.id);
  }
  return { a, b, themes: await themeIds(app), campaignId: a.campaignId };
}
