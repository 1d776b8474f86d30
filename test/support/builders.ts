import { luhnCheckDigit } from "../../src/organisations/finess";
import type { TestApp, TestClient } from "./app";

let sequence = 0;

/** A valid, unique FINESS number in a department ("71", "2A", "974"). */
export function finess(department: string): string {
  sequence += 1;
  if (department === "2A" || department === "2B") return `${department}${String(sequence).padStart(7, "0")}`;
  const prefix = department.length === 3 ? `970${department[2]}` : department;
  const body = `${prefix}${String(sequence).padStart(8 - prefix.length, "0")}`;
  return `${body}${luhnCheckDigit(body)}`;
}

/** The region's agency (registered with its admin on first use). */
export async function createAgency(app: TestApp, regionCode = "27"): Promise<{ id: string }> {
  const admin = await app.adminOf(regionCode);
  return (await admin.ok(`{ me { agency { id } } }`)).me.agency;
}

export async function createOrganisation(
  client: TestClient,
  input: Partial<{ name: string; finessJuridique: string; legalStatus: string; headOfficeRegionCode: string; department: string }> = {},
): Promise<{ id: string; finessJuridique: string; name: string; version: number }> {
  const { department = "71", ...rest } = input;
  const data = await client.ok(`mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id finessJuridique name version } }`, {
    input: { name: `Organisation ${sequence + 1}`, finessJuridique: finess(department), legalStatus: "PRIVATE_NON_PROFIT", headOfficeRegionCode: "27", ...rest },
  });
  return data.createOrganisation;
}

/** A site of an organisation, given by id, or by its FINESS juridique when the agency registers a site of another region's organisation. */
export async function createEstablishment(
  client: TestClient,
  organisation: string | { finessJuridique: string },
  input: Partial<{ name: string; sector: string | null; category: string; departmentCode: string; commune: string; postalCode: string; finessGeographique: string }> = {},
): Promise<{ id: string; name: string }> {
  const departmentCode = input.departmentCode ?? "71";
  const data = await client.ok(`mutation($input: CreateEstablishmentInput!) { createEstablishment(input: $input) { id name } }`, {
    input: {
      ...(typeof organisation === "string" ? { organisationId: organisation } : { organisationFinessJuridique: organisation.finessJuridique }),
      finessGeographique: finess(departmentCode),
      name: `EHPAD ${sequence + 1}`,
      sector: "ELDERLY",
      category: "EHPAD",
      commune: "Mâcon",
      postalCode: "71000",
      ...input,
      departmentCode,
    },
  });
  return data.createEstablishment;
}

export const CONTRACT_FIELDS = `id version startDate endDate planStatus progressRate organisationCanEdit
  modules { id version mandatory activatedOn activationReason progressRate actionCount moduleType { code number } }`;

export interface ContractData {
  id: string;
  version: number;
  startDate: string;
  endDate: string;
  planStatus: string;
  progressRate: number | null;
  organisationCanEdit: boolean;
  modules: { id: string; version: number; mandatory: boolean; activatedOn: string; activationReason: string | null; progressRate: number | null; actionCount: number; moduleType: { code: string; number: number } }[];
}

export async function openContract(
  client: TestClient,
  input: { organisationId: string; agencyId: string; startDate?: string; establishmentIds?: string[]; campaignId?: string; optionalModules?: { moduleTypeCode: string; reason: string }[] },
): Promise<ContractData> {
  const data = await client.ok(`mutation($input: OpenMedicoSocialContractInput!) { openMedicoSocialContract(input: $input) { ${CONTRACT_FIELDS} } }`, {
    input: { startDate: "2026-01-01", ...input },
  });
  return data.openMedicoSocialContract;
}

/** The module of a contract by its type code. */
export const moduleOf = (contract: ContractData, code: string) => {
  const module = contract.modules.find((m) => m.moduleType.code === code);
  if (!module) throw new Error(`No module ${code} in contract ${contract.id}`);
  return module;
};

/** Theme ids by code, from the catalogue. */
export async function themeIds(client: TestClient): Promise<Record<string, string>> {
  const data = await client.ok(`{ themes { id code } }`);
  return Object.fromEntries(data.themes.map((t: { id: string; code: string }) => [t.code, t.id]));
}

export async function versionOf(client: TestClient, kind: "action" | "contractModule" | "contract" | "theme" | "organisation", id: string): Promise<number> {
  const data = await client.ok(`query($id: ID!) { item: ${kind}(id: $id) { version } }`, { id });
  return data.item.version;
}

export async function selectThemes(client: TestClient, moduleId: string, ids: string[]): Promise<void> {
  await client.ok(`mutation($input: SelectModuleThemesInput!) { selectModuleThemes(input: $input) { id } }`, {
    input: { moduleId, themeIds: ids, version: await versionOf(client, "contractModule", moduleId) },
  });
}

export async function addAction(client: TestClient, moduleId: string, input: Record<string, unknown> = {}): Promise<{ id: string }> {
  const data = await client.ok(`mutation($input: AddActionInput!) { addAction(input: $input) { id } }`, {
    input: { moduleId, title: `Action ${++sequence}`, ...input },
  });
  return data.addAction;
}

export async function moveAction(client: TestClient, actionId: string, phase: string, completion = 0, comment?: string): Promise<void> {
  await client.ok(`mutation($input: MoveActionInput!) { moveActionToPhase(input: $input) { id } }`, {
    input: { actionId, phase, completion, comment, version: await versionOf(client, "action", actionId) },
  });
}

/**
 * The usual story: the BFC agency, an organisation with an EHPAD in Saône-et-Loire (71)
 * and an IME in Côte-d'Or (21), and a 2026–2030 contract covering both, opened by the
 * agency admin (the default client).
 */
export async function contractScenario(app: TestApp, options: { startDate?: string; optionalModules?: { moduleTypeCode: string; reason: string }[] } = {}) {
  const agency = await createAgency(app, "27");
  const organisation = await createOrganisation(app, { name: "Association Les Tilleuls" });
  const ehpad = await createEstablishment(app, organisation.id, { name: "EHPAD Les Tilleuls", sector: "ELDERLY", category: "EHPAD", departmentCode: "71" });
  const ime = await createEstablishment(app, organisation.id, { name: "IME Les Lilas", sector: "DISABLED", category: "IME", departmentCode: "21", commune: "Dijon", postalCode: "21000" });
  const contract = await openContract(app, { organisationId: organisation.id, agencyId: agency.id, ...options });
  return { agency, organisation, ehpad, ime, contract };
}

/** A 1×1 PNG: the smallest document the storage accepts. */
export const TINY_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

/** Attaches a document to a contract (POST /documents, multipart); returns the created attachment. */
export async function attachDocument(
  url: string,
  client: TestClient,
  input: { contractId: string; targetType?: string; targetId?: string; description?: string; name?: string; bytes?: Buffer },
): Promise<{ id: string; version: number; url: string }> {
  const form = new FormData();
  form.set("contractId", input.contractId);
  if (input.targetType) form.set("targetType", input.targetType);
  if (input.targetId) form.set("targetId", input.targetId);
  form.set("description", input.description ?? "Pièce jointe");
  form.set("file", new Blob([new Uint8Array(input.bytes ?? TINY_PNG)]), input.name ?? "piece.png");
  const response = await fetch(`${new URL(url).origin}/documents`, { method: "POST", body: form, headers: { authorization: `Bearer ${client.token}` } });
  const body = (await response.json()) as { attachment?: { id: string; version: number; url: string }; errors?: unknown[] };
  if (response.status !== 201 || !body.attachment) throw new Error(`upload refused: ${response.status} ${JSON.stringify(body)}`);
  return body.attachment;
}
