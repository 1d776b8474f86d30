import type { LegalStatus } from "../organisations/organisation.entities";

/**
 * Which establishments an action type of the catalogue concerns ("établissements
 * concernés", [ARA guide 2020-2024]), as data: a site is concerned when its organisation has one of
 * `legalStatuses` (if any), the site holds every activity of `allOf`, at least one of
 * `anyOf` (if any), none of `noneOf`, and its organisation manages an establishment of each
 * category of `organisationManages`.
 */
export interface ConcernedRule {
  /** The catalogue's own words. */
  text: string;
  legalStatuses?: LegalStatus[];
  allOf?: string[];
  anyOf?: string[];
  noneOf?: string[];
  organisationManages?: string[];
}

export interface Site {
  id: number;
  /** Activity codes the site holds (authorisations and recognitions). */
  activities: string[];
}

export interface SiteOrganisation {
  legalStatus: LegalStatus;
  /** Categories of every establishment the organisation manages (EHPAD, …). */
  categories: string[];
}

export function concernsSite(rule: ConcernedRule, site: Site, organisation: SiteOrganisation): boolean {
  if (rule.legalStatuses?.length && !rule.legalStatuses.includes(organisation.legalStatus)) return false;
  if (!(rule.allOf ?? []).every((code) => site.activities.includes(code))) return false;
  if (rule.anyOf?.length && !rule.anyOf.some((code) => site.activities.includes(code))) return false;
  if ((rule.noneOf ?? []).some((code) => site.activities.includes(code))) return false;
  const managed = organisation.categories.map((c) => c.toLowerCase());
  return (rule.organisationManages ?? []).every((category) => managed.includes(category.toLowerCase()));
}

/** The sites of a contract an action type concerns. */
export function concernedSites(rule: ConcernedRule, sites: Site[], organisation: SiteOrganisation): Site[] {
  return sites.filter((site) => concernsSite(rule, site, organisation));
}

/** Activity codes a rule refers to (to check them against the vocabulary). */
export function ruleActivityCodes(rule: ConcernedRule): string[] {
  return [...(rule.allOf ?? []), ...(rule.anyOf ?? []), ...(rule.noneOf ?? [])];
}
