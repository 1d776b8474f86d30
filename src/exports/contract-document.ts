import { parse } from "graphql";
import { CONTRACT_YEARS } from "../contracts/period";
import { heading, note, paragraph, table, type Block, type PrintableDocument } from "./document";
import { AMENDMENT_KIND, AMENDMENT_STATUS, CONTRACT_KIND, CONTRACT_STATUS, PART, PARTY, PHASE, SIGNATURE_STATUS, frAmount, frDate, orDash, say } from "./french";

/**
 * The contract and its annexes as a person prints them to sign and archive, at a signed
 * version or as the content stands now. The content comes from `contractVersion` (what a
 * version holds, the same JSON the API serves); names of objectives, modules, themes, sites and
 * activities, the signatures and the amendments from the contract itself.
 */
export const CONTRACT_DOCUMENT = parse(`
  query ContractDocument($id: ID!, $version: Int) {
    contract(id: $id) {
      id kind status startDate endDate signedOn baseDecisionOn baseDecisionReference sanitaryCategory
      organisation { name finessJuridique }
      agency { name region { name } }
      officer { displayName }
      establishments { id name finessGeographique category commune department { code name } }
      departments { code name }
      parts { part inForceOn imposedByDecision signatures { party departmentCode status signedBy signedOn reason } }
      signatures { party departmentCode status signedBy signedOn reason }
      amendments { number kind description status openedOn signedOn part newEndDate departmentCode }
      versions { number date part amendment { number } }
      sanitaryCatalogue { orientations { code title objectives { code title } } }
      modules { moduleType { code } actions { id phase completion } }
    }
    content: contractVersion(contractId: $id, number: $version)
    moduleTypes { code number title mandatory }
    themes(filter: { includeArchived: true }) { code title }
    activities { code label }
  }
`);

interface SignatureRow {
  party: string;
  departmentCode: string | null;
  status: string;
  signedBy: string | null;
  signedOn: string | null;
  reason: string | null;
}

export interface ContractDocumentData {
  contract: {
    id: string;
    kind: "SANITARY" | "MEDICO_SOCIAL";
    status: string;
    startDate: string;
    endDate: string;
    signedOn: string | null;
    baseDecisionOn: string | null;
    baseDecisionReference: string | null;
    sanitaryCategory: string | null;
    organisation: { name: string; finessJuridique: string };
    agency: { name: string; region: { name: string } };
    officer: { displayName: string } | null;
    establishments: { id: string; name: string; finessGeographique: string; category: string; commune: string; department: { code: string; name: string } }[];
    departments: { code: string; name: string }[];
    parts: { part: string; inForceOn: string | null; imposedByDecision: boolean; signatures: SignatureRow[] }[];
    signatures: SignatureRow[];
    amendments: { number: number; kind: string; description: string; status: string; openedOn: string; signedOn: string | null; part: string | null; newEndDate: string | null; departmentCode: string | null }[];
    versions: { number: number; date: string; part: string | null; amendment: { number: number } | null }[];
    sanitaryCatalogue: { orientations: { code: string; title: string; objectives: { code: string; title: string }[] }[] } | null;
    modules: { moduleType: { code: string }; actions: { id: string; phase: string; completion: number }[] }[];
  } | null;
  content: VersionContent;
  moduleTypes: { code: string; number: number; title: string; mandatory: boolean }[];
  themes: { code: string; title: string }[];
  activities: { code: string; label: string }[];
}

/** What a version holds (lifecycle.contractContent and each kind's snapshot). */
interface VersionContent {
  term: { startDate: string; endDate: string };
  parts: Record<string, string | null>;
  baseDecision?: { date: string; reference: string | null };
  objectives?: Record<string, SanitaryObjectiveContent>;
  careActivities?: Record<string, Record<string, { capacity: number | null; capacityUnit: string | null; since: string | null }>>;
  financing?: Record<string, { label: string; amounts: number[] }>;
  modules?: Record<string, ModuleContent>;
}

interface SanitaryObjectiveContent {
  retained: boolean | null;
  stakes: string | null;
  actions: Record<
    string,
    {
      included: boolean;
      title: string;
      establishments: number[];
      indicator: { label: string; unit: string | null; baseline: string | null; baselineYear: number | null; targets: (string | null)[] } | null;
    }
  >;
}

interface ModuleContent {
  activatedOn: string;
  activationReason: string | null;
  themes: string[];
  actions: Record<string, { title: string; description: string; theme: string | null; personInCharge: string | null; plannedStartDate: string | null; plannedEndDate: string | null; establishments: number[] }>;
}

const YEARS = Array.from({ length: CONTRACT_YEARS }, (_, i) => i + 1);

/** The printable contract; `version` null: the content as it stands on `today`. */
export function contractDocument(data: ContractDocumentData, version: number | null, today: string): PrintableDocument {
  const contract = data.contract!;
  const content = data.content;
  const site = new Map(contract.establishments.map((e) => [e.id, e]));
  const sites = (ids: number[]) => ids.map((id) => site.get(String(id))?.name ?? `établissement ${id}`).join(", ") || "—";
  const shown = version === null ? null : contract.versions.find((v) => v.number === version);
  const which =
    version === null
      ? `Contenu au ${frDate(today)}${contract.signedOn ? " (y compris ce qui n'est pas encore signé)" : ", avant signature"}`
      : `Version ${version} du ${frDate(shown?.date)}${shown?.amendment ? `, après l'avenant n° ${shown.amendment.number}` : shown?.part ? `, ${say(PART, shown.part)} en vigueur` : ", entrée en vigueur du contrat"}`;
  const blocks: Block[] = [];

  blocks.push(heading("Parties au contrat"));
  blocks.push(paragraph(`${contract.agency.name}, Agence régionale de santé ${contract.agency.region.name}`, "L'agence"));
  blocks.push(paragraph(`${contract.organisation.name} (FINESS juridique ${contract.organisation.finessJuridique})`, "L'organisme gestionnaire"));
  if (contract.kind === "MEDICO_SOCIAL" && contract.departments.length) {
    blocks.push(paragraph(contract.departments.map((d) => `${d.name} (${d.code})`).join(", "), "Les départements concernés"));
  }
  if (contract.officer) blocks.push(paragraph(contract.officer.displayName, "Interlocuteur ARS"));
  blocks.push(paragraph(`du ${frDate(content.term.startDate)} au ${frDate(content.term.endDate)}`, "Durée"));
  if (content.baseDecision) {
    blocks.push(paragraph(`arrêté du directeur général de l'agence du ${frDate(content.baseDecision.date)}${content.baseDecision.reference ? `, ${content.baseDecision.reference}` : ""}`, "Socle fixé par décision"));
  }
  blocks.push(heading("Établissements couverts", 2));
  blocks.push(
    table(
      [
        { header: "Établissement", width: 4 },
        { header: "FINESS géographique", width: 2 },
        { header: "Catégorie", width: 2 },
        { header: "Commune", width: 2 },
        { header: "Département", width: 2 },
      ],
      contract.establishments.map((e) => [e.name, e.finessGeographique, e.category, e.commune, `${e.department.name} (${e.department.code})`]),
    ),
  );

  if (contract.kind === "SANITARY") blocks.push(...sanitaryAnnexes(data, sites));
  else blocks.push(...medicoSocialPlan(data, sites, today));

  blocks.push({ kind: "pageBreak" }, heading("Signatures"));
  const parts = contract.kind === "SANITARY" ? contract.parts : contract.parts.filter((p) => p.part === "BASE");
  for (const part of parts) {
    if (contract.kind === "SANITARY") blocks.push(heading(say(PART, part.part), 2));
    const inForce = content.parts[part.part] ?? null;
    blocks.push(
      note(
        inForce
          ? part.imposedByDecision
            ? `En vigueur depuis le ${frDate(inForce)}, par décision de l'agence.`
            : `En vigueur depuis le ${frDate(inForce)}.`
          : "Pas encore en vigueur dans cette version.",
      ),
    );
    blocks.push(signatureTable(part.part === "BASE" ? contract.signatures : part.signatures, contract.departments));
  }

  const amendments = contract.amendments.filter((a) => version === null || (a.signedOn !== null && !!shown && a.signedOn <= shown.date));
  if (amendments.length) {
    blocks.push(heading("Avenants"));
    blocks.push(
      table(
        [
          { header: "N°", width: 1 },
          { header: "Nature", width: 3 },
          { header: "Partie révisée", width: 3 },
          { header: "Objet", width: 6 },
          { header: "Ouvert le", width: 2 },
          { header: "Statut", width: 2 },
          { header: "Signé le", width: 2 },
        ],
        amendments.map((a) => [
          String(a.number),
          say(AMENDMENT_KIND, a.kind) + (a.newEndDate ? ` jusqu'au ${frDate(a.newEndDate)}` : ""),
          a.part ? say(PART, a.part) : "Contrat",
          a.description,
          frDate(a.openedOn),
          say(AMENDMENT_STATUS, a.status),
          frDate(a.signedOn),
        ]),
      ),
    );
  }

  return {
    title: `Contrat pluriannuel d'objectifs et de moyens — ${contract.organisation.name}`,
    subtitle: [
      `${say(CONTRACT_KIND, contract.kind)} n° ${contract.id} entre ${contract.agency.name} et ${contract.organisation.name}`,
      `Du ${frDate(content.term.startDate)} au ${frDate(content.term.endDate)} — ${say(CONTRACT_STATUS, contract.status)}`,
      which,
    ],
    blocks,
    footer: `CPOM n° ${contract.id} — ${contract.organisation.name} — ${version === null ? `état au ${frDate(today)}` : `version ${version}`}`,
  };
}

function signatureTable(rows: SignatureRow[], departments: { code: string; name: string }[]): Block {
  const party = (s: SignatureRow) => (s.party === "DEPARTMENT" ? `${PARTY.DEPARTMENT} — ${departments.find((d) => d.code === s.departmentCode)?.name ?? s.departmentCode}` : say(PARTY, s.party));
  return table(
    [
      { header: "Partie", width: 4 },
      { header: "Statut", width: 2 },
      { header: "Signataire", width: 3 },
      { header: "Date", width: 2 },
    ],
    rows.map((s) => [party(s), say(SIGNATURE_STATUS, s.status) + (s.reason ? ` (${s.reason})` : ""), orDash(s.signedBy), frDate(s.signedOn)]),
  );
}

/** Annex 1 (engagements), 2 (care activities) and 3 (financing) of a sanitary contract. */
function sanitaryAnnexes(data: ContractDocumentData, sites: (ids: number[]) => string): Block[] {
  const contract = data.contract!;
  const content = data.content;
  const blocks: Block[] = [{ kind: "pageBreak" }, heading(PART.ENGAGEMENTS)];
  const objectives = content.objectives ?? {};
  const orientations = contract.sanitaryCatalogue?.orientations ?? [];
  for (const orientation of orientations) {
    const retained = orientation.objectives.filter((o) => objectives[o.code]?.retained);
    if (!retained.length) continue;
    blocks.push(heading(`Orientation ${orientation.code} — ${orientation.title}`, 2));
    for (const objective of retained) {
      const o = objectives[objective.code];
      blocks.push(heading(`Objectif ${objective.code} — ${objective.title}`, 3));
      if (o.stakes) blocks.push(paragraph(o.stakes, "Enjeux"));
      const actions = Object.entries(o.actions).filter(([, a]) => a.included);
      blocks.push(
        table(
          [
            { header: "Action", width: 5 },
            { header: "Établissements", width: 3 },
            { header: "Indicateur", width: 4 },
            { header: "T0", width: 2 },
            ...YEARS.map((y) => ({ header: `Cible A${y}`, width: 1.5 })),
          ],
          actions.map(([code, a]) => [
            `${code} ${a.title}`,
            sites(a.establishments),
            a.indicator ? a.indicator.label + (a.indicator.unit ? ` (${a.indicator.unit})` : "") : "—",
            a.indicator ? `${orDash(a.indicator.baseline)}${a.indicator.baselineYear ? ` (${a.indicator.baselineYear})` : ""}` : "—",
            ...YEARS.map((y) => orDash(a.indicator?.targets[y - 1])),
          ]),
        ),
      );
    }
  }
  const setAside = Object.entries(objectives).filter(([, o]) => o.retained === false);
  if (setAside.length) blocks.push(note(`Objectifs proposés et non retenus : ${setAside.map(([code]) => code).join(", ")}.`));

  blocks.push({ kind: "pageBreak" }, heading(PART.CARE_ACTIVITIES));
  const label = new Map(data.activities.map((a) => [a.code, a.label]));
  for (const [siteId, held] of Object.entries(content.careActivities ?? {})) {
    const establishment = contract.establishments.find((e) => e.id === siteId);
    blocks.push(heading(establishment ? `${establishment.name} (FINESS ${establishment.finessGeographique})` : `Établissement ${siteId}`, 2));
    const rows = Object.entries(held).map(([code, h]) => [label.get(code) ?? code, h.capacity === null ? "—" : `${h.capacity}${h.capacityUnit ? ` ${h.capacityUnit}` : ""}`, frDate(h.since)]);
    blocks.push(
      rows.length
        ? table(
            [
              { header: "Activité de soins ou reconnaissance", width: 6 },
              { header: "Capacité", width: 2 },
              { header: "Depuis le", width: 2 },
            ],
            rows,
          )
        : note("Aucune activité autorisée ou reconnue n'est enregistrée."),
    );
  }

  blocks.push({ kind: "pageBreak" }, heading(PART.FINANCING));
  const lines = Object.values(content.financing ?? {});
  const totals = YEARS.map((y) => lines.reduce((sum, l) => sum + (l.amounts[y - 1] ?? 0), 0));
  blocks.push(
    lines.length
      ? table(
          [{ header: "Financement (FIR)", width: 5 }, ...YEARS.map((y) => ({ header: `Année ${y}`, width: 2, align: "right" as const }))],
          lines.map((l) => [l.label, ...YEARS.map((y) => frAmount(l.amounts[y - 1] ?? null))]),
          ["Total", ...totals.map(frAmount)],
        )
      : note("Aucun financement n'est prévu."),
  );
  return blocks;
}

/** The modules of a medico-social contract, their themes and their actions. */
function medicoSocialPlan(data: ContractDocumentData, sites: (ids: number[]) => string, today: string): Block[] {
  const contract = data.contract!;
  const modules = data.content.modules ?? {};
  const themeTitle = new Map(data.themes.map((t) => [t.code, t.title]));
  const phaseOf = new Map(contract.modules.flatMap((m) => m.actions.map((a) => [a.id, a] as const)));
  const blocks: Block[] = [{ kind: "pageBreak" }, heading("Plan d'actions par module")];
  for (const type of data.moduleTypes) {
    const module = modules[type.code];
    if (!module) continue;
    blocks.push(heading(`Module ${type.number} — ${type.title}`, 2));
    blocks.push(note(`${type.mandatory ? "Module obligatoire" : "Module optionnel"}, activé le ${frDate(module.activatedOn)}${module.activationReason ? ` : ${module.activationReason}` : ""}.`));
    if (module.themes.length) blocks.push({ kind: "list", items: module.themes.map((code) => `${code} — ${themeTitle.get(code) ?? code}`) });
    const actions = Object.entries(module.actions);
    blocks.push(
      actions.length
        ? table(
            [
              { header: "Action", width: 5 },
              { header: "Thème", width: 2 },
              { header: "Responsable", width: 2 },
              { header: "Début prévu", width: 2 },
              { header: "Fin prévue", width: 2 },
              { header: `Phase au ${frDate(today)}`, width: 2 },
              { header: "Établissements", width: 3 },
            ],
            actions.map(([id, a]) => {
              const now = phaseOf.get(id);
              return [
                a.title + (a.description ? ` — ${a.description}` : ""),
                orDash(a.theme),
                orDash(a.personInCharge),
                frDate(a.plannedStartDate),
                frDate(a.plannedEndDate),
                now ? `${say(PHASE, now.phase)} (${now.completion} %)` : "retirée depuis",
                sites(a.establishments),
              ];
            }),
          )
        : note("Aucune action."),
    );
  }
  return blocks;
}
