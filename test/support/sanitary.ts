import type { TestClient } from "./app";
import { createEstablishment } from "./builders";

/** A health establishment (no medico-social sector) holding the given activities. */
export async function createHealthSite(
  admin: TestClient,
  organisationId: string,
  activities: string[],
  input: Partial<{ name: string; category: string; departmentCode: string; postalCode: string; commune: string }> = {},
): Promise<{ id: string; name: string }> {
  const site = await createEstablishment(admin, organisationId, { sector: null, category: "Centre hospitalier", name: "Centre hospitalier", ...input });
  for (const code of activities) await recordActivity(admin, site.id, code);
  return site;
}

export async function recordActivity(admin: TestClient, establishmentId: string, activityCode: string, capacity: number | null = null): Promise<{ id: string; version: number }> {
  const data = await admin.ok(`mutation($input: RecordEstablishmentActivityInput!) { recordEstablishmentActivity(input: $input) { id version } }`, {
    input: { establishmentId, activityCode, capacity, capacityUnit: capacity === null ? null : "lits" },
  });
  return data.recordEstablishmentActivity;
}

export const INDICATOR_FIELDS = `id version label type direction dataSource baseline baselineYear notMeasurable notMeasurableJustification measurabilityDecision
  years { year target actual computedVerdict verdict overrideReason overriddenBy }`;

export const SANITARY_FIELDS = `id version kind startDate endDate maxObjectives sanitaryCategory organisationCanEdit
  objectives { id version code title retained stakes actions { id version code title mandatory included establishments { id name } indicator { ${INDICATOR_FIELDS} } } }`;

export interface SanitaryIndicator {
  id: string;
  version: number;
  label: string;
  type: string;
  years: { year: number; target: string | null; actual: string | null; computedVerdict: string | null; verdict: string | null }[];
  [key: string]: unknown;
}
export interface SanitaryAction {
  id: string;
  version: number;
  code: string;
  title: string;
  mandatory: boolean;
  included: boolean;
  establishments: { id: string; name: string }[];
  indicator: SanitaryIndicator;
}
export interface SanitaryObjective {
  id: string;
  version: number;
  code: string;
  title: string;
  retained: boolean | null;
  stakes: string | null;
  actions: SanitaryAction[];
}
export interface SanitaryContract {
  id: string;
  version: number;
  maxObjectives: number;
  objectives: SanitaryObjective[];
  [key: string]: unknown;
}

export async function openSanitaryContract(
  client: TestClient,
  input: { organisationId: string; agencyId: string; startDate?: string; establishmentIds?: string[]; category?: string },
): Promise<SanitaryContract> {
  const data = await client.ok(`mutation($input: OpenSanitaryContractInput!) { openSanitaryContract(input: $input) { ${SANITARY_FIELDS} } }`, {
    input: { startDate: "2026-01-01", ...input },
  });
  return data.openSanitaryContract;
}

export async function sanitaryContract(client: TestClient, id: string): Promise<SanitaryContract> {
  return (await client.ok(`query($id: ID!) { contract(id: $id) { ${SANITARY_FIELDS} } }`, { id })).contract;
}

/** Every proposed action, by catalogue code. */
export function actionsByCode(contract: SanitaryContract): Map<string, SanitaryAction> {
  return new Map(contract.objectives.flatMap((o) => o.actions.map((a) => [a.code, a] as const)));
}

/** A small catalogue in the IDF 2022 shape: two volets rather than orientations. */
export function twoVoletCatalogue(name: string) {
  const indicator = (label: string, type: string, extra: Record<string, unknown> = {}) => ({ label, type, dataSource: "ESTABLISHMENT", ...extra });
  return {
    name,
    source: "Test: the structure of the IDF 2022 CPOM (volet 1 pilotage interne, volet 2 positionnement territorial)",
    defaultMaxObjectives: 3,
    objectiveLimits: [{ category: "Établissement de psychiatrie", maxObjectives: 2 }],
    orientations: [
      {
        code: "V1",
        title: "Volet 1 : pilotage interne",
        objectives: [
          {
            code: "V1.1",
            title: "Qualité et sécurité des soins",
            actions: [
              { code: "V1.1.1", title: "Certification HAS", mandatory: true, concerned: { text: "Tous" }, indicators: [indicator("Niveau de certification obtenu", "TEXT")] },
              { code: "V1.1.2", title: "Réduire les délais d'attente aux urgences", mandatory: true, concerned: { text: "Autorisés en urgences", allOf: ["URGENCES"] }, indicators: [indicator("Durée médiane de passage", "COUNT", { unit: "minutes", direction: "LOWER_IS_BETTER" })] },
            ],
          },
          { code: "V1.2", title: "Efficience", actions: [{ code: "V1.2.1", title: "Retour à l'équilibre financier", mandatory: false, concerned: { text: "Tous" }, indicators: [indicator("Taux de marge brute", "RATE")] }] },
        ],
      },
      {
        code: "V2",
        title: "Volet 2 : positionnement territorial",
        objectives: [
          { code: "V2.1", title: "Parcours en psychiatrie", actions: [{ code: "V2.1.1", title: "Équipe mobile de psychiatrie", mandatory: true, concerned: { text: "Autorisés en psychiatrie", anyOf: ["PSYCHIATRIE"] }, indicators: [indicator("Équipe mobile en place", "YES_NO")] }] },
          { code: "V2.2", title: "Coopérations territoriales", actions: [{ code: "V2.2.1", title: "Participer au GHT", mandatory: false, concerned: { text: "Établissements publics", legalStatuses: ["PUBLIC"] }, indicators: [indicator("Convention GHT signée", "YES_NO")] }] },
        ],
      },
    ],
  };
}

export async function createCatalogue(admin: TestClient, input: ReturnType<typeof twoVoletCatalogue>): Promise<{ id: string; version: number }> {
  const data = await admin.ok(`mutation($input: SanitaryCatalogueInput!) { createSanitaryCatalogue(input: $input) { id version } }`, { input });
  return data.createSanitaryCatalogue;
}

/** A plausible value of each indicator type, for filling in what a test does not look at. */
const SAMPLE_VALUE: Record<string, string> = { YES_NO: "OUI", COUNT: "12", RATE: "50", AMOUNT: "10000", TEXT: "Niveau B" };

/**
 * Gives each engagement the contract keeps (an included action of a retained objective) the
 * baseline and the five targets it lacks, as the organisation does before signing; values
 * already there are kept.
 */
export async function completeEngagements(client: TestClient, contractId: string): Promise<void> {
  const { contract } = await client.ok(
    `query($id: ID!) { contract(id: $id) { objectives { retained actions { included indicator { id version type baseline measurabilityDecision years { year target } } } } } }`,
    { id: contractId },
  );
  for (const objective of contract.objectives.filter((o: { retained: boolean | null }) => o.retained)) {
    for (const action of objective.actions.filter((a: { included: boolean; indicator: unknown }) => a.included && a.indicator)) {
      const indicator = action.indicator as { id: string; version: number; type: string; baseline: string | null; measurabilityDecision: string | null; years: { year: number; target: string | null }[] };
      if (indicator.measurabilityDecision === "ACCEPTED") continue;
      const targets = indicator.years.filter((y) => y.target === null).map((y) => ({ year: y.year, value: SAMPLE_VALUE[indicator.type] }));
      if (!targets.length && indicator.baseline !== null) continue;
      await client.ok(`mutation($input: SetIndicatorTargetsInput!) { setIndicatorTargets(input: $input) { id } }`, {
        input: { indicatorId: indicator.id, version: indicator.version, targets, ...(indicator.baseline === null ? { baseline: SAMPLE_VALUE[indicator.type] } : {}) },
      });
    }
  }
}
