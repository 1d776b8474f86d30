/**
 * The README's walk-throughs, in order, as a client runs them: each step is an operation of
 * examples/operations/ (the file the README quotes), with the variables taken from the
 * answers before it. The test suite runs it on a fresh database (test/examples/walk.test.ts),
 * so an example that no longer works, or a README that skips a step, fails the build.
 */
import fs from "node:fs";
import path from "node:path";

export const OPERATIONS_DIR = path.join(__dirname, "operations");

/** The text of an example operation, by its name (the file is named after the operation). */
export function operation(name: string): string {
  return fs.readFileSync(path.join(OPERATIONS_DIR, `${name}.graphql`), "utf8");
}

/** Sends one operation as someone (their token, or none) and returns its data; throws on any error. */
export type Runner = (name: string, variables: Record<string, unknown>, token: string | null) => Promise<any>;

/** What the README has a user do before the API: `npm run user:create` prints a temporary password. */
export interface FirstAdmins {
  /** The BFC agency's admin (region 27), for the medico-social walk. */
  bfc: { email: string; temporaryPassword: string };
  /** The ARA agency's admin (region 84), for the sanitary walk. */
  ara: { email: string; temporaryPassword: string };
}

/** A value of each indicator type, as an organisation types it. */
const SAMPLE: Record<string, string> = { YES_NO: "OUI", COUNT: "12", RATE: "50", AMOUNT: "10000", TEXT: "Niveau B" };

/** Logs in with a temporary password and chooses one's own, as every new account does first. */
async function firstLogin(run: Runner, email: string, temporaryPassword: string): Promise<{ token: string; user: any }> {
  const { login } = await run("Login", { email, password: temporaryPassword }, null);
  if (login.user.mustChangePassword) await run("ChangePassword", { currentPassword: temporaryPassword, newPassword: `${temporaryPassword}-choisi` }, login.token);
  return login;
}

async function contractVersion(run: Runner, contractId: string, token: string): Promise<number> {
  return (await run("ContractVersion", { contractId }, token)).contract.version;
}

/** Section "A first query and a first mutation", then composing the plan, signing, the dashboard. */
export async function medicoSocialWalk(run: Runner, admins: FirstAdmins) {
  const { token: admin, user } = await firstLogin(run, admins.bfc.email, admins.bfc.temporaryPassword);
  const agencyId = user.agency.id;
  const catalogue = (await run("Catalogue", {}, admin)).moduleTypes;
  const organisation = (await run("CreateOrganisation", {}, admin)).createOrganisation;
  const ehpad = (await run("CreateEstablishment", { organisationId: organisation.id }, admin)).createEstablishment;
  const contract = (await run("OpenMedicoSocialContract", { organisationId: organisation.id, agencyId }, admin)).openMedicoSocialContract;

  // The organisation's account, then the negotiation that opens the plan to it.
  const account = (await run("CreateOrganisationUser", { organisationId: organisation.id }, admin)).createUser;
  await run("ProposeContract", { contractId: contract.id, version: await contractVersion(run, contract.id, admin) }, admin);
  await run("StartNegotiation", { contractId: contract.id, version: await contractVersion(run, contract.id, admin) }, admin);
  const gestionnaire = (await firstLogin(run, account.email, "Bienvenue-2026")).token;

  // The plan: a theme in each module that takes themes, turned into an action; an action in the others.
  const themeOf = (code: string) => catalogue.find((m: { code: string }) => m.code === code).themes.find((t: { sectors: string[] }) => t.sectors.includes("ELDERLY"));
  const actions: { id: string; version: number }[] = [];
  for (const module of contract.modules) {
    const theme = themeOf(module.moduleType.code);
    if (theme) await run("SelectModuleThemes", { moduleId: module.id, version: module.version, themeIds: [theme.id] }, gestionnaire);
    const input = { moduleId: module.id, title: `Action du module ${module.moduleType.number}`, themeId: theme?.id ?? null, establishmentIds: [ehpad.id], plannedEndDate: "2028-12-31" };
    actions.push((await run("AddAction", { input }, gestionnaire)).addAction);
  }
  const moved = (await run("MoveActionToPhase", { actionId: actions[0].id, version: actions[0].version }, gestionnaire)).moveActionToPhase;
  await run("SetActionCompletion", { actionId: moved.id, version: moved.version }, gestionnaire);
  const plan = (await run("Plan", { contractId: contract.id }, gestionnaire)).contract;
  if (plan.planViolations.length) throw new Error(`The plan still breaks rules: ${JSON.stringify(plan.planViolations)}`);
  await run("SubmitPlan", { contractId: contract.id }, gestionnaire);

  // Both parties sign; the dashboard and the inbox show it.
  const signed = [(await run("SignContract", { contractId: contract.id }, admin)).signContract, (await run("SignContract", { contractId: contract.id }, gestionnaire)).signContract];
  const dashboard = (await run("RegionDashboard", { after: null }, admin)).organisations;
  const inbox = await run("Notifications", {}, gestionnaire);
  // Email: the gestionnaire takes plan changes, progress and comments in a daily digest; the admin watches the outbox.
  const preferences = (await run("ChooseDailyDigest", {}, gestionnaire)).setEmailPreferences;
  const outbox = (await run("Outbox", { status: null }, admin)).outboxEmails;
  const downloads = (await run("ContractDownloads", { contractId: contract.id }, admin)).contract;
  return { contract, plan, signed: signed[1], dashboard, inbox, preferences, outbox, downloads, tokens: { admin, gestionnaire } };
}

/** Section "A sanitary CPOM, step by step". */
export async function sanitaryWalk(run: Runner, admins: FirstAdmins) {
  const { token: admin, user } = await firstLogin(run, admins.ara.email, admins.ara.temporaryPassword);
  const agencyId = user.agency.id;
  const catalogues = (await run("SanitaryCatalogues", {}, admin)).sanitaryCatalogues;
  const hospital = (await run("CreateHospital", {}, admin)).createOrganisation;
  const site = (await run("CreateHospitalSite", { organisationId: hospital.id }, admin)).createEstablishment;
  await run("RecordAuthorisation", { establishmentId: site.id }, admin);
  const opened = (await run("OpenSanitaryContract", { organisationId: hospital.id, agencyId }, admin)).openSanitaryContract;

  const account = (await run("CreateHospitalUser", { organisationId: hospital.id }, admin)).createUser;
  await run("ProposeContract", { contractId: opened.id, version: await contractVersion(run, opened.id, admin) }, admin);
  await run("StartNegotiation", { contractId: opened.id, version: await contractVersion(run, opened.id, admin) }, admin);
  const direction = (await firstLogin(run, account.email, "Bienvenue-2026")).token;

  // The organisation decides every objective (as many retained as the contract allows), then
  // gives each engagement it keeps its baseline and five targets.
  for (const [index, objective] of opened.objectives.entries()) {
    const retained = index < opened.maxObjectives;
    await run("DecideObjective", { contractObjectiveId: objective.id, version: objective.version, retained, stakes: retained ? "Enjeu prioritaire du territoire" : "Non prioritaire sur la période" }, direction);
  }
  const engagements = (await run("Engagements", { contractId: opened.id }, direction)).contract;
  const indicators = engagements.objectives
    .filter((o: { retained: boolean }) => o.retained)
    .flatMap((o: { actions: { included: boolean; indicator: any }[] }) => o.actions.filter((a) => a.included && a.indicator).map((a) => a.indicator));
  const set: { id: string; version: number; type: string; dataSource: string }[] = [];
  for (const indicator of indicators) {
    const targets = [1, 2, 3, 4, 5].map((year) => ({ year, value: SAMPLE[indicator.type] }));
    const input = { indicatorId: indicator.id, version: indicator.version, baseline: SAMPLE[indicator.type], baselineYear: 2025, targets };
    set.push({ ...(await run("SetIndicatorTargets", { input }, direction)).setIndicatorTargets, type: indicator.type, dataSource: indicator.dataSource });
  }

  // The agency's annex 3 and a comment; both sign; the organisation enters a first actual.
  await run("AddFinancingLine", { contractId: opened.id }, admin);
  await run("AddComment", { contractId: opened.id }, admin);
  await run("SignContract", { contractId: opened.id }, admin);
  await run("SignContract", { contractId: opened.id }, direction);
  const measured = set.find((i) => i.dataSource !== "ARS" && i.type !== "TEXT");
  if (measured) await run("RecordActual", { indicatorId: measured.id, version: measured.version, value: SAMPLE[measured.type] }, direction);
  const evaluation = (await run("OpenEvaluation", { contractId: opened.id }, admin)).openEvaluation;
  await run("RecordSwot", { evaluationId: evaluation.id, version: evaluation.version }, direction);
  await run("ProposeEngagement", { evaluationId: evaluation.id }, direction);
  const contract = (await run("SanitaryContract", { contractId: opened.id }, admin)).contract;
  return { catalogues, contract, indicators: set, measured };
}
