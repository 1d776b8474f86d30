import { parse } from "csv-parse/sync";
import { checkFiness } from "../organisations/finess";
import { LegalStatus, Sector } from "../organisations/organisation.entities";
import { readSeedFile } from "../core/seeds";
import { msg, type Message } from "../core/i18n/message";

/**
 * Reading a FINESS extract, the public files of the FINESS register (data.gouv.fr, "FINESS
 * Extraction du Fichier des établissements"): semicolon-separated lines, each starting with
 * its section. Two sections are read, the others (the header line, geolocalisation) skipped:
 * - `structureej`, an entité juridique: nofinessej, rs, rslongue, complrs, compldistrib,
 *   numvoie, typvoie, voie, compvoie, lieuditbp, commune, departement, libdepartement,
 *   ligneacheminement, telephone, statutjuridique, libstatutjuridique, …
 * - `structureet`, an établissement: nofinesset, nofinessej, rs, rslongue, complrs,
 *   compldistrib, numvoie, typvoie, voie, compvoie, lieuditbp, commune, departement,
 *   libdepartement, ligneacheminement, telephone, telecopie, categetab, libcategetab, …
 * Pure: no database; each problem is reported with its line and column.
 */

export interface ImportProblem {
  /** For a workbook: the sheet. */
  sheet?: string;
  line: number;
  column: string;
  /** For people: worded in the reader's language when answered. */
  message: Message;
}

export interface LegalEntityRow {
  line: number;
  finessJuridique: string;
  name: string;
  departmentCode: string;
  legalStatus: LegalStatus;
}

export interface EstablishmentRow {
  line: number;
  finessGeographique: string;
  finessJuridique: string;
  name: string;
  departmentCode: string;
  postalCode: string;
  commune: string;
  category: string;
  sector: Sector | null;
}

export interface FinessExtract {
  legalEntities: LegalEntityRow[];
  establishments: EstablishmentRow[];
  problems: ImportProblem[];
  /** Lines of other sections (header, geolocalisation…). */
  skipped: number;
}

interface FinessMapping {
  departments: Record<string, string>;
  legalStatuses: { from: number; to: number; status: LegalStatus }[];
  sectors: Record<Sector, Record<string, string>>;
}

let mapping: FinessMapping | null = null;
/** seeds/finess.yaml: overseas departments, legal statuses, the sector of each category. */
export function finessMapping(): FinessMapping {
  mapping ??= readSeedFile<FinessMapping>("finess.yaml");
  return mapping;
}

const ET_COLUMNS = ["section", "nofinesset", "nofinessej", "rs", "rslongue", "complrs", "compldistrib", "numvoie", "typvoie", "voie", "compvoie", "lieuditbp", "commune", "departement", "libdepartement", "ligneacheminement", "telephone", "telecopie", "categetab", "libcategetab"];
const EJ_COLUMNS = ["section", "nofinessej", "rs", "rslongue", "complrs", "compldistrib", "numvoie", "typvoie", "voie", "compvoie", "lieuditbp", "commune", "departement", "libdepartement", "ligneacheminement", "telephone", "statutjuridique", "libstatutjuridique"];

export function parseFinessExtract(text: string): FinessExtract {
  const extract: FinessExtract = { legalEntities: [], establishments: [], problems: [], skipped: 0 };
  const { departments, legalStatuses, sectors } = finessMapping();
  const sectorOf = (category: string): Sector | null => (Object.entries(sectors).find(([, categories]) => category in categories)?.[0] as Sector | undefined) ?? null;
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { delimiter: ";", relax_column_count: true, relax_quotes: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    extract.problems.push({ line, column: "", message: msg`The file is not semicolon-separated text: ${(error as Error).message}` });
    return extract;
  }
  records.forEach((record, index) => {
    const line = index + 1;
    const section = record[0];
    const columns = section === "structureet" ? ET_COLUMNS : section === "structureej" ? EJ_COLUMNS : null;
    if (!columns) {
      extract.skipped += 1;
      return;
    }
    if (record.length < columns.length) {
      extract.problems.push({ line, column: columns[record.length], message: msg`a ${section} line has at least ${columns.length} columns; this one has ${record.length}` });
      return;
    }
    const value = (name: string) => record[columns.indexOf(name)] ?? "";
    const problems: ImportProblem[] = [];
    const finess = (name: string) => {
      const result = checkFiness(value(name));
      if (!result.valid) problems.push({ line, column: name, message: msg`FINESS ${JSON.stringify(value(name))} ${result.reason}` });
      return value(name);
    };
    const rawDepartment = value("departement");
    const departmentCode = departments[rawDepartment] ?? rawDepartment;
    if (!/^(\d{2}|2[AB]|97\d)$/.test(departmentCode)) problems.push({ line, column: "departement", message: msg`unknown department code ${JSON.stringify(rawDepartment)}` });
    const name = value("rslongue") || value("rs");
    if (!name) problems.push({ line, column: "rs", message: msg`no name (rs, rslongue)` });
    if (section === "structureej") {
      const finessJuridique = finess("nofinessej");
      const code = Number(value("statutjuridique"));
      const legalStatus = legalStatuses.find((r) => code >= r.from && code <= r.to)?.status;
      if (!legalStatus) problems.push({ line, column: "statutjuridique", message: msg`legal status code ${JSON.stringify(value("statutjuridique"))} is not mapped (seeds/finess.yaml, legalStatuses)` });
      if (problems.length) return extract.problems.push(...problems);
      extract.legalEntities.push({ line, finessJuridique, name, departmentCode, legalStatus: legalStatus! });
      return;
    }
    const finessGeographique = finess("nofinesset");
    const finessJuridique = finess("nofinessej");
    // "71000 MACON": the postal code, then the commune (a CEDEX or a distribution office may follow).
    const routing = /^(\d{5})\s+(.+)$/.exec(value("ligneacheminement"));
    if (!routing) problems.push({ line, column: "ligneacheminement", message: msg`expected a postal code then the commune, got ${JSON.stringify(value("ligneacheminement"))}` });
    const category = value("categetab");
    if (!/^\d{3}$/.test(category)) problems.push({ line, column: "categetab", message: msg`expected a 3-digit category code, got ${JSON.stringify(category)}` });
    if (problems.length) return extract.problems.push(...problems);
    extract.establishments.push({
      line,
      finessGeographique,
      finessJuridique,
      name,
      departmentCode,
      postalCode: routing![1],
      commune: routing![2].replace(/\s+CEDEX(\s+\d+)?$/i, "").trim(),
      category: value("libcategetab") || category,
      sector: sectorOf(category),
    });
  });
  return extract;
}
