import { appResolvers } from "../../src/app";
import { openSession } from "../../src/accounts/session.service";
import { AGENCY_ROLES, ALL_ROLES, Role } from "../../src/core/auth/roles";
import { buildGraphQLSchema } from "../../src/core/graphql/schema";
import { startTestApp, TEST_PASSWORD, type GraphQLResponse, type TestApp, type TestClient } from "../support/app";
import { finess, moduleOf } from "../support/builders";
import { buildWorld, type World } from "../support/world";

/**
 * The authorization matrix. Each root query and mutation has one entry: who may use it
 * (`roles`), and whether it acts on something that has a scope (`scoped`: a contract, an
 * organisation, an agency…). Requests target organisation A's side (region 27). Expected:
 * - without a token: UNAUTHENTICATED (only `login` is open);
 * - a role not listed: FORBIDDEN, in scope or not;
 * - a listed role in scope: allowed (any answer but FORBIDDEN / UNAUTHENTICATED: a business
 *   error such as CONFLICT means authorization passed);
 * - a listed role out of scope (organisation B's side, region 84): when `scoped` is "tenant"
 *   (a contract, an organisation, an account…), the answer an unknown id gets (NOT_FOUND, or
 *   null for a query: HIDDEN); when it is "public" (an agency, a department, a catalogue, which
 *   everyone may read), FORBIDDEN; else allowed (lists are filtered instead: see access.test.ts).
 * A root field without an entry fails the suite.
 */
interface Case {
  roles: readonly Role[];
  scoped: "tenant" | "public" | false;
  request: (w: World, run: number, role: Role) => Promise<{ query: string; variables?: Record<string, unknown> }> | { query: string; variables?: Record<string, unknown> };
}

const FILL = [...AGENCY_ROLES, Role.ORGANISATION_USER];
const version = async (app: TestApp, kind: string, id: string) => (await app.ok(`query($id: ID!) { x: ${kind}(id: $id) { version } }`, { id })).x.version;

function matrix(app: TestApp): Record<string, Case> {
  const moduleA = (w: World) => moduleOf(w.a.contract, "PREVENTION");
  return {
    // Queries
    me: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ me { id } }` }) },
    users: { roles: [Role.AGENCY_ADMIN], scoped: false, request: () => ({ query: `{ users { totalCount } }` }) },
    regions: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ regions { code } }` }) },
    departments: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ departments { code } }` }) },
    agencies: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ agencies { id } }` }) },
    agency: { roles: ALL_ROLES, scoped: false, request: (w) => ({ query: `query($id: ID!) { agency(id: $id) { id } }`, variables: { id: w.a.agencyId } }) },
    moduleTypes: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ moduleTypes { code } }` }) },
    themes: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ themes { code } }` }) },
    theme: { roles: ALL_ROLES, scoped: false, request: (w) => ({ query: `query($id: ID!) { theme(id: $id) { code } }`, variables: { id: w.themes["M3-NUTRITION"] } }) },
    organisations: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ organisations { totalCount } }` }) },
    contracts: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ contracts { totalCount } }` }) },
    campaigns: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ campaigns { id expectedRates } }` }) },
    rateDistribution: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ rateDistribution { count median } }` }) },
    themesExportLinks: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ themesExportLinks { url } }` }) },
    organisationExportLinks: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ organisationExportLinks(filter: { regionCode: "27" }) { format url } }` }) },
    organisation: { roles: ALL_ROLES, scoped: "tenant", request: (w) => ({ query: `query($id: ID!) { organisation(id: $id) { id } }`, variables: { id: w.a.organisation.id } }) },
    establishment: { roles: ALL_ROLES, scoped: "tenant", request: (w) => ({ query: `query($id: ID!) { establishment(id: $id) { id } }`, variables: { id: w.a.establishmentId } }) },
    contract: { roles: ALL_ROLES, scoped: "tenant", request: (w) => ({ query: `query($id: ID!) { contract(id: $id) { id } }`, variables: { id: w.a.contract.id } }) },
    contractModule: { roles: ALL_ROLES, scoped: "tenant", request: (w) => ({ query: `query($id: ID!) { contractModule(id: $id) { id } }`, variables: { id: moduleA(w).id } }) },
    action: { roles: ALL_ROLES, scoped: "tenant", request: (w) => ({ query: `query($id: ID!) { action(id: $id) { id } }`, variables: { id: w.a.actionId } }) },
    contractHistory: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `query($id: ID!) { contractHistory(contractId: $id) { totalCount } }`, variables: { id: w.a.contract.id } }) },

    // Mutations: accounts
    login: { roles: ALL_ROLES, scoped: false, request: (w) => ({ query: `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }`, variables: { e: w.a.users[Role.VIEWER].user!.email, p: TEST_PASSWORD } }) },
    logout: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `mutation { logout }` }) },
    changePassword: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `mutation { changePassword(input: { currentPassword: "Not-the-password-1", newPassword: "Whatever-2026!" }) { id } }` }) },
    createUser: {
      roles: [Role.AGENCY_ADMIN],
      scoped: "tenant",
      request: (w, run) => ({
        query: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        variables: { input: { email: `matrix${run}@a.example`, displayName: "X", role: "ORGANISATION_USER", organisationId: w.a.organisation.id, temporaryPassword: "Temp-pass-2026" } },
      }),
    },
    updateUser: {
      roles: [Role.AGENCY_ADMIN],
      scoped: "tenant",
      request: (w) => ({ query: `mutation($id: ID!) { updateUser(input: { id: $id, version: 1, displayName: "Renamed" }) { id } }`, variables: { id: String(w.a.users[Role.ORGANISATION_USER].user!.id) } }),
    },

    // Mutations: territory, organisations
    createAgency: { roles: [Role.AGENCY_ADMIN], scoped: false, request: () => ({ query: `mutation { createAgency(input: { name: "ARS Bretagne", regionCode: "53" }) { id } }` }) },
    updateAgency: { roles: [Role.AGENCY_ADMIN], scoped: "public", request: async (w) => ({ query: `mutation($id: ID!, $v: Int!) { updateAgency(input: { id: $id, version: $v, name: "ARS BFC" }) { id } }`, variables: { id: w.a.agencyId, v: await version(app, "agency", w.a.agencyId) } }) },
    createOrganisation: {
      roles: AGENCY_ROLES,
      scoped: false,
      request: () => ({ query: `mutation($f: String!) { createOrganisation(input: { name: "Nouvelle", finessJuridique: $f, legalStatus: PUBLIC, headOfficeRegionCode: "27" }) { id } }`, variables: { f: finess("71") } }),
    },
    updateOrganisation: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { updateOrganisation(input: { id: $id, version: 1, name: "Renommée" }) { id } }`, variables: { id: w.a.organisation.id } }) },
    createEstablishment: {
      roles: AGENCY_ROLES,
      scoped: "public",
      request: (w) => ({
        query: `mutation($input: CreateEstablishmentInput!) { createEstablishment(input: $input) { id } }`,
        variables: { input: { organisationId: w.a.organisation.id, finessGeographique: finess("71"), name: "SSIAD", sector: "ELDERLY", category: "SSIAD", departmentCode: "71", commune: "Mâcon", postalCode: "71000" } },
      }),
    },
    updateEstablishment: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { updateEstablishment(input: { id: $id, version: 1, name: "Renommé" }) { id } }`, variables: { id: w.a.establishmentId } }) },

    // Mutations: contracts and plans
    openMedicoSocialContract: {
      roles: AGENCY_ROLES,
      scoped: "public",
      request: (w) => ({ query: `mutation($o: ID!, $a: ID!) { openMedicoSocialContract(input: { organisationId: $o, agencyId: $a, startDate: "2026-01-01" }) { id } }`, variables: { o: w.a.organisation.id, a: w.a.agencyId } }),
    },
    assignContractOfficer: { roles: [Role.AGENCY_ADMIN], scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { assignContractOfficer(input: { contractId: $id, version: 1, officerId: null }) { id } }`, variables: { id: w.a.contract.id } }) },
    setOrganisationWriteAccess: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { setOrganisationWriteAccess(input: { contractId: $id, version: 1, open: true }) { id } }`, variables: { id: w.a.contract.id } }) },
    // Each party activates the optional modules the catalogue gives it: module 6 the organisation, module 8 the agency.
    activateModule: {
      roles: FILL,
      scoped: "tenant",
      request: (w, _run, role) => ({
        query: `mutation($id: ID!, $code: String!) { activateModule(input: { contractId: $id, moduleTypeCode: $code, reason: "Déclenché", activationDate: "2026-06-01" }) { id } }`,
        variables: { id: w.a.contract.id, code: role === Role.ORGANISATION_USER ? "EVALUATION_HAS" : "ESMS_DIFFICULTE_FINANCIERE" },
      }),
    },
    selectModuleThemes: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!, $t: ID!) { selectModuleThemes(input: { moduleId: $id, version: 1, themeIds: [$t] }) { id } }`, variables: { id: moduleA(w).id, t: w.themes["M3-NUTRITION"] } }) },
    addAction: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { addAction(input: { moduleId: $id, title: "Action" }) { id } }`, variables: { id: moduleA(w).id } }) },
    updateAction: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { updateAction(input: { actionId: $id, version: 1, title: "Renamed" }) { id } }`, variables: { id: w.a.actionId } }) },
    moveActionToPhase: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { moveActionToPhase(input: { actionId: $id, version: 1, phase: PLANNING }) { id } }`, variables: { id: w.a.actionId } }) },
    setActionCompletion: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { setActionCompletion(input: { actionId: $id, version: 1, completion: 10 }) { id } }`, variables: { id: w.a.actionId } }) },
    removeAction: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { removeAction(input: { actionId: $id, version: 1 }) { id } }`, variables: { id: w.a.actionId } }) },
    submitPlan: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { submitPlan(contractId: $id) { id } }`, variables: { id: w.a.contract.id } }) },
    closeContractYear: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { closeContractYear(input: { contractId: $id, year: 1 }) { year } }`, variables: { id: w.a.contract.id } }) },

    createCampaign: { roles: [Role.AGENCY_ADMIN], scoped: false, request: () => ({ query: `mutation { createCampaign(input: { name: "CPOM 2027-2031" }) { id } }` }) },
    updateCampaign: { roles: [Role.AGENCY_ADMIN], scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { updateCampaign(input: { id: $id, version: 1, name: "Renamed" }) { id } }`, variables: { id: w.campaignId } }) },

    // Mutations: catalogue
    createTheme: {
      roles: [Role.AGENCY_ADMIN],
      scoped: false,
      request: (_w, run) => ({
        query: `mutation($code: String!) { createTheme(input: { moduleTypeCode: "PREVENTION", code: $code, title: "T", sectors: [ELDERLY], definition: "D", questions: [{ angle: ORGANISATION, text: "1" }, { angle: TEAM, text: "2" }, { angle: CIRCLE, text: "3" }, { angle: TERRITORY, text: "4" }, { angle: PEOPLE_SUPPORTED, text: "5" }] }) { id } }`,
        variables: { code: `MATRIX-${run}` },
      }),
    },
    updateTheme: { roles: [Role.AGENCY_ADMIN], scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { updateTheme(input: { id: $id, version: 1, title: "Renamed" }) { id } }`, variables: { id: w.themes["AGENCY-27-THEME"] } }) },
    updateModuleType: { roles: [Role.AGENCY_ADMIN], scoped: false, request: () => ({ query: `mutation { updateModuleType(input: { code: "EFFICIENCE", version: 1, summary: "Résumé" }) { code } }` }) },

    // Sanitary: catalogues, annexes, choices, indicators, evaluation. Edits state version 0
    // where they would change what later entries use: in scope they then end in CONFLICT.
    sanitaryCatalogues: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ sanitaryCatalogues { id } }` }) },
    sanitaryCatalogue: { roles: ALL_ROLES, scoped: false, request: (w) => ({ query: `query($id: ID!) { sanitaryCatalogue(id: $id) { id } }`, variables: { id: w.a.sanitary.catalogueId } }) },
    activities: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ activities { code } }` }) },
    indicatorResults: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ indicatorResults { year met } }` }) },
    createSanitaryCatalogue: {
      roles: [Role.AGENCY_ADMIN],
      scoped: false,
      request: (_w, run) => ({
        query: `mutation($name: String!) { createSanitaryCatalogue(input: { name: $name, active: false, defaultMaxObjectives: 5, orientations: [{ code: "1", title: "O", objectives: [{ code: "1.1", title: "B", actions: [{ code: "1.1.1", title: "A", mandatory: false, concerned: { text: "Tous" } }] }] }] }) { id } }`,
        variables: { name: `Matrix ${run}` },
      }),
    },
    updateCatalogueLimits: { roles: [Role.AGENCY_ADMIN], scoped: "public", request: (w) => ({ query: `mutation($id: ID!) { updateCatalogueLimits(input: { catalogueId: $id, version: 0, defaultMaxObjectives: 4, objectiveLimits: [] }) { id } }`, variables: { id: w.a.sanitary.catalogueId } }) },
    openSanitaryContract: {
      roles: AGENCY_ROLES,
      scoped: "public",
      request: (w) => ({ query: `mutation($o: ID!, $a: ID!) { openSanitaryContract(input: { organisationId: $o, agencyId: $a, startDate: "2026-01-01" }) { id } }`, variables: { o: w.a.organisation.id, a: w.a.agencyId } }),
    },
    decideObjective: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { decideObjective(input: { contractObjectiveId: $id, version: 0, retained: true, stakes: "Enjeux" }) { id } }`, variables: { id: w.a.sanitary.objectiveId } }) },
    includeAction: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { includeAction(input: { contractActionId: $id, version: 0, included: true }) { id } }`, variables: { id: w.a.sanitary.actionId } }) },
    adaptAction: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { adaptAction(input: { contractActionId: $id, version: 0, title: "Adapted" }) { id } }`, variables: { id: w.a.sanitary.actionId } }) },
    chooseIndicator: {
      roles: FILL,
      scoped: "tenant",
      request: (w) => ({ query: `mutation($id: ID!) { chooseIndicator(input: { contractActionId: $id, version: 0, custom: { label: "L", type: COUNT, dataSource: ESTABLISHMENT } }) { id } }`, variables: { id: w.a.sanitary.actionId } }),
    },
    setIndicatorTargets: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { setIndicatorTargets(input: { indicatorId: $id, version: 0, targets: [] }) { id } }`, variables: { id: w.a.sanitary.indicatorId } }) },
    recordActual: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { recordActual(input: { indicatorId: $id, version: 0, year: 1, value: "x" }) { id } }`, variables: { id: w.a.sanitary.indicatorId } }) },
    flagNotMeasurable: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { flagNotMeasurable(input: { indicatorId: $id, version: 0, notMeasurable: true, justification: "J" }) { id } }`, variables: { id: w.a.sanitary.indicatorId } }) },
    decideMeasurability: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { decideMeasurability(input: { indicatorId: $id, version: 0, accepted: true }) { id } }`, variables: { id: w.a.sanitary.indicatorId } }) },
    overrideVerdict: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { overrideVerdict(input: { indicatorId: $id, version: 0, year: 1, verdict: MET, reason: "R" }) { id } }`, variables: { id: w.a.sanitary.indicatorId } }) },
    openEvaluation: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { openEvaluation(input: { contractId: $id, kind: FINAL }) { id } }`, variables: { id: w.a.contract.id } }) },
    recordDiagnostic: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { recordDiagnostic(input: { evaluationId: $id, version: 0, author: STRUCTURE, text: "D", date: "2026-06-01" }) { id } }`, variables: { id: w.a.sanitary.evaluationId } }) },
    recordSwot: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { recordSwot(input: { evaluationId: $id, version: 0, strengths: "S" }) { id } }`, variables: { id: w.a.sanitary.evaluationId } }) },
    proposeEngagement: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { proposeEngagement(input: { evaluationId: $id, proposal: ADD, description: "New" }) { id } }`, variables: { id: w.a.sanitary.evaluationId } }) },
    recordRevision: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { recordRevision(input: { contractId: $id, date: "2026-06-01", description: "R" }) { id } }`, variables: { id: w.a.sanitary.contractId } }) },
    recordEstablishmentActivity: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { recordEstablishmentActivity(input: { establishmentId: $id, activityCode: "CHIRURGIE" }) { id } }`, variables: { id: w.a.sanitary.siteId } }) },
    updateEstablishmentActivity: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { updateEstablishmentActivity(input: { establishmentActivityId: $id, version: 0, capacity: 3 }) { id } }`, variables: { id: w.a.sanitary.siteActivityId } }) },
    removeEstablishmentActivity: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { removeEstablishmentActivity(input: { establishmentActivityId: $id, version: 0 }) { id } }`, variables: { id: w.a.sanitary.siteActivityId } }) },
    linkActionToExpectation: {
      roles: FILL,
      scoped: "tenant",
      request: (w) => ({ query: `mutation($a: ID!, $e: ID!) { linkActionToExpectation(input: { actionId: $a, expectationId: $e }) { id } }`, variables: { a: w.a.actionId, e: w.a.expectationId } }),
    },
    decideExpectationLink: {
      roles: [Role.DEPARTMENT_USER],
      scoped: "tenant",
      request: async (w) => ({
        query: `mutation($id: ID!, $v: Int!) { decideExpectationLink(input: { linkId: $id, version: $v, confirmed: true }) { id } }`,
        variables: { id: w.a.expectationLinkId, v: (await app.ok(`query($id: ID!) { contract(id: $id) { expectationLinks { id version } } }`, { id: w.a.contract.id })).contract.expectationLinks.find((l: { id: string }) => l.id === w.a.expectationLinkId).version },
      }),
    },
    // A stale version: refused with CONFLICT once authorized, so the link stays for the next role.
    removeExpectationLink: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { removeExpectationLink(input: { linkId: $id, version: 999 }) { id } }`, variables: { id: w.a.expectationLinkId } }) },
    amendFinancing: {
      roles: AGENCY_ROLES,
      scoped: "tenant",
      request: (w) => ({ query: `mutation($id: ID!) { amendFinancing(input: { contractId: $id, description: "Annexe financière", lines: [{ label: "FIR", amounts: [1, 2, 3, 4, 5] }] }) { id } }`, variables: { id: w.a.sanitary.contractId } }),
    },
    imposeContractBase: {
      roles: AGENCY_ROLES,
      scoped: "tenant",
      request: (w) => ({
        query: `mutation($id: ID!) { imposeContractBase(input: { contractId: $id, version: 1, decisionDate: "2026-06-01", decisionReference: "Arrêté", regionalHealthPlanAdoptedOn: "2024-01-01" }) { id } }`,
        variables: { id: w.a.sanitary.contractId },
      }),
    },
    addFinancingLine: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { addFinancingLine(input: { contractId: $id, label: "FIR", amounts: [1, 2, 3, 4, 5] }) { id } }`, variables: { id: w.a.sanitary.contractId } }) },
    updateFinancingLine: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { updateFinancingLine(input: { financingLineId: $id, version: 0, label: "FIR", amounts: [1, 2, 3, 4, 5] }) { id } }`, variables: { id: w.a.sanitary.financingLineId } }) },
    removeFinancingLine: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { removeFinancingLine(input: { financingLineId: $id, version: 0 }) { id } }`, variables: { id: w.a.sanitary.financingLineId } }) },
    // Lifecycle, signatures, amendments, reviews, notifications.
    contractVersion: { roles: ALL_ROLES, scoped: "tenant", request: (w) => ({ query: `query($id: ID!) { contractVersion(contractId: $id) }`, variables: { id: w.a.contract.id } }) },
    contractVersionDiff: { roles: ALL_ROLES, scoped: "tenant", request: (w) => ({ query: `query($id: ID!) { contractVersionDiff(contractId: $id, from: 0) { path } }`, variables: { id: w.a.contract.id } }) },
    departmentExpectations: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ departmentExpectations(departmentCode: "71") { code } }` }) },
    reviewsDue: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ reviewsDue { totalCount } }` }) },
    notifications: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ notifications { totalCount } }` }) },
    unreadNotificationCount: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ unreadNotificationCount }` }) },
    markNotificationsRead: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `mutation { markNotificationsRead { id } }` }) },
    emailPreferences: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `{ emailPreferences { defaultMode } }` }) },
    setEmailPreferences: { roles: ALL_ROLES, scoped: false, request: () => ({ query: `mutation { setEmailPreferences(input: { kinds: [{ kind: PLAN_CHANGE, mode: DAILY_DIGEST }] }) { defaultMode } }` }) },
    outboxEmails: { roles: [Role.AGENCY_ADMIN], scoped: false, request: () => ({ query: `{ outboxEmails { totalCount } }` }) },
    retryOutboxEmail: { roles: [Role.AGENCY_ADMIN], scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { retryOutboxEmail(id: $id) { status } }`, variables: { id: w.a.outboxEmailId } }) },
    proposeContract: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { proposeContract(input: { contractId: $id, version: 0 }) { id } }`, variables: { id: w.a.contract.id } }) },
    startNegotiation: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { startNegotiation(input: { contractId: $id, version: 0 }) { id } }`, variables: { id: w.a.contract.id } }) },
    closeContract: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { closeContract(input: { contractId: $id, version: 0 }) { id } }`, variables: { id: w.a.contract.id } }) },
    signContract: {
      roles: [...FILL, Role.DEPARTMENT_USER],
      scoped: "tenant",
      request: (w) => ({ query: `mutation($id: ID!) { signContract(input: { contractId: $id, signedOn: "2026-02-01" }) { id } }`, variables: { id: w.a.contract.id } }),
    },
    declineSignature: { roles: [Role.DEPARTMENT_USER], scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { declineSignature(input: { contractId: $id, reason: "Non" }) { id } }`, variables: { id: w.a.contract.id } }) },
    openAmendment: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { openAmendment(input: { contractId: $id, description: "Avenant" }) { id } }`, variables: { id: w.a.contract.id } }) },
    signAmendment: { roles: FILL, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { signAmendment(input: { amendmentId: $id, signedOn: "2020-01-01" }) { id } }`, variables: { id: w.a.sanitary.amendmentId } }) },
    setDepartmentExpectations: {
      roles: [...AGENCY_ROLES, Role.DEPARTMENT_USER],
      scoped: "public",
      request: () => ({ query: `mutation { setDepartmentExpectations(input: { departmentCode: "71", expectations: [{ code: "TRANSITION-AGES", description: "Transition entre les âges", keywords: ["transition"] }] }) { code } }` }),
    },
    scheduleReview: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { scheduleReview(input: { reviewId: $id, version: 0, scheduledOn: "2027-09-01" }) { id } }`, variables: { id: w.a.reviewId } }) },
    recordReviewHeld: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { recordReviewHeld(input: { reviewId: $id, version: 0, heldOn: "2026-09-01" }) { id } }`, variables: { id: w.a.reviewId } }) },
    deleteAttachment: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($id: ID!) { deleteAttachment(input: { attachmentId: $id, version: 0, reason: "Doublon" }) { id } }`, variables: { id: w.a.attachmentId } }) },
    addComment: { roles: AGENCY_ROLES, scoped: "tenant", request: (w) => ({ query: `mutation($c: ID!, $t: ID!) { addComment(input: { contractId: $c, targetType: OBJECTIVE, targetId: $t, text: "Commentaire ARS" }) { id } }`, variables: { c: w.a.sanitary.contractId, t: w.a.sanitary.objectiveId } }) },
  };
}

type Outcome = "ALLOWED" | "FORBIDDEN" | "UNAUTHENTICATED" | "HIDDEN";

function outcome(body: GraphQLResponse): Outcome {
  const code = body.errors?.[0]?.extensions.code;
  if (code === "FORBIDDEN" || code === "UNAUTHENTICATED") return code;
  // A version number that does not exist is a business answer, not a hidden id.
  const versionNumber = ["from", "to", "number"].includes(String(body.errors?.[0]?.extensions.field));
  if ((code === "NOT_FOUND" && !versionNumber) || (!body.errors && body.data && Object.values(body.data).every((v) => v === null))) return "HIDDEN";
  if (code === "GRAPHQL_VALIDATION_FAILED" || code === "INTERNAL_SERVER_ERROR") throw new Error(`The matrix request itself is broken: ${JSON.stringify(body.errors)}`);
  return "ALLOWED";
}

describe("the authorization matrix", () => {
  let app: TestApp;
  let world: World;
  let cases: Record<string, Case>;
  beforeAll(async () => {
    app = await startTestApp();
    world = await buildWorld(app);
    const theme = await app.ok(`mutation($a: ID!) { createTheme(input: { moduleTypeCode: "PREVENTION", code: "AGENCY-27-THEME", title: "T", sectors: [ELDERLY], definition: "D", agencyId: $a, questions: [{ angle: ORGANISATION, text: "1" }, { angle: TEAM, text: "2" }, { angle: CIRCLE, text: "3" }, { angle: TERRITORY, text: "4" }, { angle: PEOPLE_SUPPORTED, text: "5" }] }) { id } }`, { a: world.a.agencyId });
    world.themes["AGENCY-27-THEME"] = theme.createTheme.id;
    cases = matrix(app);
  });
  afterAll(() => app.close());

  it("has an entry for every root query and mutation", async () => {
    const schema = await buildGraphQLSchema(appResolvers);
    const fields = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())].sort();
    expect(Object.keys(cases).sort()).toEqual(fields);
  });

  /** A fresh session for a matrix user, so a logout or a password change affects only that run. */
  async function freshClient(client: TestClient): Promise<TestClient> {
    const { token } = await app.db.transaction((tx) => openSession(tx, app.runtime.auth, client.user!.id, app.clock.now()));
    return app.withToken(token, client.user);
  }

  it("answers every role as the table says, in scope, out of scope and without a token", async () => {
    const failures: string[] = [];
    let run = 0;
    for (const [name, entry] of Object.entries(cases)) {
      const check = async (who: string, client: TestClient, expected: Outcome, role: Role) => {
        run += 1;
        const { query, variables } = await entry.request(world, run, role);
        const got = outcome(await client.gql(query, variables));
        if (got !== expected) failures.push(`${name}: ${who} expected ${expected}, got ${got}`);
      };
      await check("no token", app.anonymous, name === "login" ? "ALLOWED" : "UNAUTHENTICATED", Role.VIEWER);
      // Out of scope first, so that an allowed change on A's side cannot hide a refusal.
      for (const role of ALL_ROLES) {
        const expected = !entry.roles.includes(role) ? "FORBIDDEN" : entry.scoped === "tenant" ? "HIDDEN" : entry.scoped === "public" ? "FORBIDDEN" : "ALLOWED";
        await check(`${role} out of scope`, await freshClient(world.b.users[role]), name === "login" ? "ALLOWED" : expected, role);
      }
      for (const role of ALL_ROLES) {
        await check(`${role} in scope`, await freshClient(world.a.users[role]), entry.roles.includes(role) ? "ALLOWED" : "FORBIDDEN", role);
      }
    }
    expect(failures).toEqual([]);
  });
});
