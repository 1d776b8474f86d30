/**
 * The words and number formats of the exports, in French (the documents are printed, signed and
 * archived by French agencies); the codes of the API stay in English for programs.
 */

/** 'YYYY-MM-DD' as 'DD/MM/YYYY'; a dash when there is no date. */
export function frDate(date: string | null | undefined): string {
  if (!date) return "—";
  const [y, m, d] = date.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

const decimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

/** Intl's narrow no-break space (U+202F) as a no-break space: fonts and older readers all have the latter. */
const spaced = (text: string) => text.replace(/\u202f/g, "\u00a0");

/** A number the French way (decimal comma, spaces between thousands); a dash when null. */
export const frNumber = (value: number | null | undefined): string => (value === null || value === undefined ? "—" : spaced(decimal.format(value)));
export const frRate = (value: number | null | undefined): string => (value === null || value === undefined ? "—" : `${frNumber(value)}\u00a0%`);
export const frAmount = (value: number | null | undefined): string => (value === null || value === undefined ? "—" : spaced(euros.format(value)));
export const orDash = (value: string | null | undefined): string => (value === null || value === undefined || value === "" ? "—" : value);

export const CONTRACT_KIND: Record<string, string> = {
  SANITARY: "CPOM sanitaire",
  MEDICO_SOCIAL: "CPOM médico-social",
};

export const CONTRACT_STATUS: Record<string, string> = {
  DRAFT: "En préparation",
  PROPOSED: "Proposé",
  NEGOTIATION: "En négociation",
  SIGNED: "Signé",
  ACTIVE: "En cours",
  CLOSED: "Clos",
};

export const PARTY: Record<string, string> = {
  AGENCY: "Agence régionale de santé",
  ORGANISATION: "Organisme gestionnaire",
  DEPARTMENT: "Conseil départemental",
};

export const SIGNATURE_STATUS: Record<string, string> = {
  SIGNED: "Signé",
  NOT_SIGNED: "Non signé",
  INVITED: "Invité à signer",
  DECLINED: "Refusé",
};

export const PART: Record<string, string> = {
  BASE: "Socle du contrat",
  ENGAGEMENTS: "Annexe 1 — Engagements",
  CARE_ACTIVITIES: "Annexe 2 — Activités de soins",
  FINANCING: "Annexe 3 — Financements",
};

export const AMENDMENT_KIND: Record<string, string> = {
  AMENDMENT: "Avenant",
  ACTUALISATION: "Actualisation (département rejoignant le contrat)",
  EXTENSION: "Prorogation",
  FINANCING: "Avenant financier annuel",
};

export const AMENDMENT_STATUS: Record<string, string> = { OPEN: "En cours", SIGNED: "Signé" };

export const PHASE: Record<string, string> = {
  INITIALISATION: "Initialisation",
  PLANNING: "Planification",
  EXECUTION: "Exécution",
  MONITORING: "Suivi",
  CLOSURE: "Clôture",
};

export const VERDICT: Record<string, string> = {
  MET: "Atteint",
  PARTLY_MET: "Partiellement atteint",
  NOT_MET: "Non atteint",
  NO_LONGER_APPLICABLE: "Sans objet",
};

export const PROPOSAL: Record<string, string> = {
  RENEW: "Reconduction",
  ADD: "Ajout",
  REMOVE: "Suppression",
  MODIFY: "Modification",
};

export const EVALUATION_KIND: Record<string, string> = {
  MID_TERM: "Évaluation à mi-parcours",
  FINAL: "Évaluation finale",
};



/** A label of one of the tables above, or the code itself when a new value has no label yet. */
export const say = (labels: Record<string, string>, code: string | null | undefined): string => (code ? (labels[code] ?? code) : "—");
