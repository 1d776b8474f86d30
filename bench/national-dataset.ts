import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { User } from "../src/accounts/account.entities";
import { hashPassword } from "../src/accounts/password";
import { ModuleType, SelectionRule, Theme } from "../src/commode/catalogue.entities";
import { countByPhase, PHASE_COUNT_COLUMN, PHASE_ORDER, Phase } from "../src/commode/phases";
import {
  Action,
  ActionEstablishment,
  ActionPhaseChange,
  ContractModule,
  ContractPlan,
  ModuleProgressSnapshot,
  ModuleTheme,
  OrganisationProgress,
  PlanStatus,
  ProgressSnapshot,
} from "../src/commode/plan.entities";
import { actionProgress, moduleRate, planRate } from "../src/commode/progress";
import { acceptsThemes, RuleKind } from "../src/commode/selection-rules";
import { Campaign } from "../src/contracts/campaign.entities";
import { Contract, ContractEstablishment, ContractKind } from "../src/contracts/contract.entities";
import { contractEndDate, contractYears } from "../src/contracts/period";
import { Role } from "../src/core/auth/roles";
import type { Database } from "../src/core/database/database";
import { addDays } from "../src/core/dates";
import { normalizeForSearch } from "../src/core/text";
import { luhnCheckDigit } from "../src/organisations/finess";
import { Establishment, LegalStatus, Organisation, OrganisationDepartment, Sector } from "../src/organisations/organisation.entities";
import { Agency, Department, Region } from "../src/territory/territory.entities";
import { Random } from "./random";

export interface NationalOptions {
  organisations: number;
  seed: number;
  /** The dataset's "today": contracts started in the three previous years have closed years. */
  today: string;
  /** Password of the bench accounts (an admin and a viewer per region). */
  password: string;
  log?: (message: string) => void;
}

export interface NationalSummary {
  organisations: number;
  establishments: number;
  contracts: number;
  modules: number;
  actions: number;
  phaseChanges: number;
  snapshots: number;
  users: { email: string; role: Role; regionCode: string }[];
  seconds: number;
}

const CATEGORIES: Record<Sector, string[]> = {
  [Sector.ELDERLY]: ["EHPAD", "EHPAD", "EHPAD", "SSIAD", "Résidence autonomie", "Accueil de jour", "SAAD"],
  [Sector.DISABLED]: ["IME", "ESAT", "FAM", "MAS", "SESSAD", "Foyer de vie", "SAMSAH", "ITEP"],
};
const ORGANISATION_KINDS = ["Association", "Fondation", "Mutualité", "Centre communal d'action sociale de", "Groupe", "Œuvre", "Union"];
const PLACES = ["Saint-Martin", "Les Tilleuls", "Val de Saône", "Les Marronniers", "Bel Air", "La Source", "Les Cèdres", "Haute-Vallée", "Sainte-Anne", "Les Coteaux", "Pays de Loire", "La Roseraie"];

/** Sizes of the bulk INSERTs: SQLite allows 32,766 parameters per statement, PostgreSQL 65,535. */
const MAX_PARAMETERS = 30000;

async function bulkInsert<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: T[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length;
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let i = 0; i < rows.length; i += chunk) {
    await em.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + chunk)).updateEntity(false).callListeners(false).execute();
  }
}

async function nextId(em: EntityManager, entity: EntityTarget<ObjectLiteral>): Promise<number> {
  const row = await em.createQueryBuilder(entity, "t").select("MAX(t.id)", "max").getRawOne<{ max: number | null }>();
  return Number(row?.max ?? 0) + 1;
}

/** FINESS numbers, unique per department, with their check digit (9 characters, always). */
class FinessSequence {
  private readonly next = new Map<string, number>();
  take(department: string): string {
    const corsica = department === "2A" || department === "2B";
    const prefix = corsica ? department : department.length === 3 ? `970${department[2]}` : department;
    // Digits left between the prefix and the check digit (Corsica has no check digit).
    const width = (corsica ? 9 : 8) - prefix.length;
    const n = (this.next.get(department) ?? 10 ** (width - 1)) + 1;
    if (n >= 10 ** width) throw new Error(`No FINESS number left in department ${department}`);
    this.next.set(department, n);
    const body = `${prefix}${n}`;
    return corsica ? body : `${body}${luhnCheckDigit(body)}`;
  }
}

/**
 * A realistic national dataset, written in bulk: the 18 regions' agencies and campaigns,
 * organisations with 1 to 30 establishments, one medico-social contract each with its 5
 * mandatory modules and a third of the optional ones, 5 to 10 actions per module in every
 * phase with their phase histories, and the records of the closed contract years. Every
 * stored aggregate is computed with the server's own formula (progress.ts).
 */
export async function generateNationalDataset(db: Database, options: NationalOptions): Promise<NationalSummary> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const random = new Random(options.seed);
  return db.transaction(async (em) => {
    if ((await em.count(Organisation)) > 0) throw new Error("The database already holds organisations: generate the national dataset into an empty database");
    const regions = await em.find(Region, { order: { code: "ASC" } });
    const departments = await em.find(Department, { order: { code: "ASC" } });
    const moduleTypes = await em.find(ModuleType, { order: { number: "ASC" } });
    const rules = await em.find(SelectionRule);
    const themes = await em.find(Theme, { where: { archived: false }, order: { id: "ASC" } });
    const passwordHash = await hashPassword(options.password);

    // Agencies, campaigns and bench accounts, one set per region.
    const agencies = new Map<string, Agency>();
    const campaigns = new Map<string, Campaign>();
    const users: NationalSummary["users"] = [];
    for (const region of regions) {
      const agency = (await em.findOneBy(Agency, { regionCode: region.code })) ?? (await em.save(em.create(Agency, { name: `ARS ${region.name}`, regionCode: region.code })));
      agencies.set(region.code, agency);
      campaigns.set(
        region.code,
        await em.save(
          em.create(Campaign, {
            agencyId: agency.id,
            name: "CPOM médico-sociaux",
            kind: ContractKind.MEDICO_SOCIAL,
            expectedRateYear1: 20,
            expectedRateYear2: 40,
            expectedRateYear3: 60,
            expectedRateYear4: 80,
            expectedRateYear5: 100,
          }),
        ),
      );
      for (const role of [Role.AGENCY_ADMIN, Role.VIEWER]) {
        const email = `bench-${role.toLowerCase().replace("_", "-")}-${region.code}@bench.example`;
        await em.save(
          em.create(User, {
            email,
            displayName: `Bench ${role} ${region.name}`,
            role,
            agencyId: role === Role.AGENCY_ADMIN ? agency.id : null,
            regionCode: role === Role.VIEWER ? region.code : null,
            managingAgencyId: agency.id,
            organisationId: null,
            departmentCode: null,
            passwordHash,
            mustChangePassword: false,
            active: true,
          }),
        );
        users.push({ email, role, regionCode: region.code });
      }
    }

    const departmentsOf = new Map(regions.map((r) => [r.code, departments.filter((d) => d.regionCode === r.code)]));
    const regionWeights: [Region, number][] = regions.map((r) => [r, departmentsOf.get(r.code)!.length]);
    const ids = {
      organisation: await nextId(em, Organisation),
      establishment: await nextId(em, Establishment),
      contract: await nextId(em, Contract),
      module: await nextId(em, ContractModule),
      action: await nextId(em, Action),
      change: await nextId(em, ActionPhaseChange),
      snapshot: await nextId(em, ProgressSnapshot),
      moduleSnapshot: await nextId(em, ModuleProgressSnapshot),
    };
    const finess = new FinessSequence();
    const now = new Date(`${options.today}T12:00:00Z`);
    const day = 86_400_000;
    const summary = { organisations: 0, establishments: 0, contracts: 0, modules: 0, actions: 0, phaseChanges: 0, snapshots: 0 };

    // Written in batches of organisations, so memory stays flat whatever the size.
    const BATCH = 500;
    for (let first = 0; first < options.organisations; first += BATCH) {
      const rows = {
        organisations: [] as Partial<Organisation>[],
        establishments: [] as Partial<Establishment>[],
        presence: [] as Partial<OrganisationDepartment>[],
        contracts: [] as Partial<Contract>[],
        contractEstablishments: [] as Partial<ContractEstablishment>[],
        modules: [] as Partial<ContractModule>[],
        moduleThemes: [] as Partial<ModuleTheme>[],
        plans: [] as Partial<ContractPlan>[],
        actions: [] as Partial<Action>[],
        actionEstablishments: [] as Partial<ActionEstablishment>[],
        changes: [] as Partial<ActionPhaseChange>[],
        progress: [] as Partial<OrganisationProgress>[],
        snapshots: [] as Partial<ProgressSnapshot>[],
        moduleSnapshots: [] as Partial<ModuleProgressSnapshot>[],
      };
      for (let n = first; n < Math.min(first + BATCH, options.organisations); n += 1) {
        const region = random.weighted(regionWeights);
        const regionDepartments = departmentsOf.get(region.code)!;
        const headDepartment = random.pick(regionDepartments);
        const organisationId = ids.organisation++;
        const name = `${random.pick(ORGANISATION_KINDS)} ${random.pick(PLACES)} ${n + 1}`;
        const finessJuridique = finess.take(headDepartment.code);
        rows.organisations.push({
          id: organisationId,
          name,
          finessJuridique,
          legalStatus: random.weighted([[LegalStatus.PRIVATE_NON_PROFIT, 6], [LegalStatus.PUBLIC, 3], [LegalStatus.PRIVATE_FOR_PROFIT, 2]]),
          headOfficeRegionCode: region.code,
          searchText: normalizeForSearch(`${name} ${finessJuridique}`),
        });

        // 1 to 30 establishments, most organisations small.
        const count = 1 + Math.floor(29 * random.next() ** 3);
        const mainSector = random.chance(0.5) ? Sector.ELDERLY : Sector.DISABLED;
        const establishments: { id: number; sector: Sector }[] = [];
        for (let e = 0; e < count; e += 1) {
          const department = random.chance(0.7) ? headDepartment : random.pick(regionDepartments);
          const sector = random.chance(0.8) ? mainSector : mainSector === Sector.ELDERLY ? Sector.DISABLED : Sector.ELDERLY;
          const id = ids.establishment++;
          const category = random.pick(CATEGORIES[sector]);
          rows.establishments.push({
            id,
            organisationId,
            finessGeographique: finess.take(department.code),
            name: `${category} ${random.pick(PLACES)}`,
            sector,
            category,
            departmentCode: department.code,
            commune: random.pick(PLACES),
            postalCode: `${department.code.replace("2A", "20").replace("2B", "20").slice(0, 3)}000`.slice(0, 5),
          });
          establishments.push({ id, sector });
          if (!rows.presence.some((p) => p.organisationId === organisationId && p.departmentCode === department.code)) {
            rows.presence.push({ organisationId, departmentCode: department.code, regionCode: region.code });
          }
        }
        summary.establishments += count;

        // One contract, started one, two or three years ago (so 0 to 2 closed years).
        const startYear = random.weighted([[2024, 3], [2025, 3], [2026, 4]] as [number, number][]);
        const startDate = `${startYear}-01-01`;
        const contractId = ids.contract++;
        const sectors = [...new Set(establishments.map((e) => e.sector))];
        const closedYears = contractYears(startDate).filter((y) => y.endDate < options.today);
        rows.contracts.push({
          id: contractId,
          kind: ContractKind.MEDICO_SOCIAL,
          organisationId,
          agencyId: agencies.get(region.code)!.id,
          campaignId: campaigns.get(region.code)!.id,
          startDate,
          endDate: contractEndDate(startDate),
          officerId: null,
          organisationCanEdit: true,
        });
        for (const e of establishments) rows.contractEstablishments.push({ contractId, establishmentId: e.id });

        // Its modules: the 5 mandatory, and each optional one a third of the time.
        const elapsed = Math.min(1, (now.getTime() - Date.parse(startDate)) / (5 * 365 * day));
        const moduleSummaries: { id: number; moduleTypeId: number; rate: number | null; mandatory: boolean; actionCount: number }[] = [];
        let lastProgressAt = new Date(Date.parse(startDate));
        for (const type of moduleTypes) {
          if (!type.mandatory && !random.chance(1 / 3)) continue;
          const moduleId = ids.module++;
          const typeRules = rules.filter((r) => r.moduleTypeId === type.id);
          const chosen: Theme[] = [];
          if (acceptsThemes(typeRules)) {
            const candidates = themes.filter((t) => t.moduleTypeId === type.id && t.agencyId === null);
            const perSector = typeRules.some((r) => r.kind === RuleKind.MIN_THEMES && r.scope === "SECTOR");
            for (const sector of perSector ? sectors : [null]) {
              const pool = candidates.filter((t) => (sector ? t.sectors.includes(sector) : t.sectors.some((s) => sectors.includes(s))) && !chosen.includes(t));
              chosen.push(...random.sample(pool, random.int(1, 2)));
            }
          }
          for (const theme of chosen) rows.moduleThemes.push({ moduleId, themeId: theme.id, selectedAt: new Date(Date.parse(startDate) + 30 * day) });

          const actions: { progress: number; phase: Phase }[] = [];
          const actionCount = random.int(5, 10);
          for (let a = 0; a < actionCount; a += 1) {
            // Older contracts are further along; every phase appears.
            const phaseIndex = Math.min(4, Math.floor(random.next() * 3 + elapsed * 5 * random.next()));
            const phase = PHASE_ORDER[phaseIndex];
            const completion = phase === Phase.CLOSURE && random.chance(0.5) ? 100 : random.int(0, 100);
            const progress = actionProgress(phase, completion);
            const actionId = ids.action++;
            const updatedAt = new Date(Math.min(now.getTime(), Date.parse(startDate) + random.next() * (now.getTime() - Date.parse(startDate))));
            if (updatedAt > lastProgressAt) lastProgressAt = updatedAt;
            rows.actions.push({
              id: actionId,
              moduleId,
              themeId: chosen.length ? chosen[a % chosen.length].id : null,
              title: `Action ${a + 1} du module ${type.number}`,
              description: "",
              personInCharge: random.chance(0.7) ? "Direction" : null,
              plannedStartDate: startDate,
              plannedEndDate: addDays(startDate, random.int(180, 1800)),
              phase,
              completion,
              progress,
              progressUpdatedAt: updatedAt,
            });
            if (random.chance(0.3)) rows.actionEstablishments.push({ actionId, establishmentId: random.pick(establishments).id });
            // Its history: one change per phase reached, in date order.
            for (let step = 1; step <= phaseIndex; step += 1) {
              rows.changes.push({
                id: ids.change++,
                actionId,
                fromPhase: PHASE_ORDER[step - 1],
                toPhase: PHASE_ORDER[step],
                fromCompletion: 100,
                toCompletion: step === phaseIndex ? completion : 0,
                changedAt: new Date(Date.parse(startDate) + ((updatedAt.getTime() - Date.parse(startDate)) * step) / phaseIndex),
                changedBy: "Jeu de données national",
                comment: null,
              });
            }
            actions.push({ progress, phase });
          }
          const counts = countByPhase(actions.map((a) => a.phase));
          const rate = moduleRate(actions.map((a) => a.progress));
          rows.modules.push({
            id: moduleId,
            contractId,
            moduleTypeId: type.id,
            mandatory: type.mandatory,
            activatedOn: startDate,
            activationReason: type.mandatory ? null : "Déclenché par l'agence",
            activatedBy: type.mandatory ? null : "Jeu de données national",
            progressRate: rate,
            actionCount: actions.length,
            ...Object.fromEntries(PHASE_ORDER.map((p) => [PHASE_COUNT_COLUMN[p], counts[p]])),
          });
          moduleSummaries.push({ id: moduleId, moduleTypeId: type.id, rate, mandatory: type.mandatory, actionCount: actions.length });
          summary.actions += actions.length;
        }
        summary.modules += moduleSummaries.length;
        const rate = planRate(moduleSummaries);
        rows.plans.push({ contractId, status: closedYears.length ? PlanStatus.SUBMITTED : PlanStatus.DRAFT, submittedAt: closedYears.length ? new Date(Date.parse(startDate) + 60 * day) : null, submittedBy: closedYears.length ? "Jeu de données national" : null, progressRate: rate });
        rows.progress.push({ organisationId, agencyId: agencies.get(region.code)!.id, progressRate: rate, lastProgressAt });

        // The records of the closed years: the rates then, a share of today's.
        for (const year of closedYears) {
          const share = (year.number / (closedYears.length + 1)) * (0.7 + 0.3 * random.next());
          const snapshotId = ids.snapshot++;
          rows.snapshots.push({
            id: snapshotId,
            contractId,
            year: year.number,
            yearStartDate: year.startDate,
            yearEndDate: year.endDate,
            contractRate: rate === null ? null : rate * share,
            organisationRate: rate === null ? null : rate * share,
            closedAt: new Date(`${addDays(year.endDate, 15)}T09:00:00Z`),
            closedBy: "Jeu de données national",
          });
          for (const m of moduleSummaries) {
            rows.moduleSnapshots.push({ id: ids.moduleSnapshot++, snapshotId, moduleId: m.id, moduleTypeId: m.moduleTypeId, rate: m.rate === null ? null : m.rate * share, actionCount: m.actionCount });
          }
          summary.snapshots += 1;
        }
      }
      await bulkInsert(em, Organisation, rows.organisations as Organisation[]);
      await bulkInsert(em, Establishment, rows.establishments as Establishment[]);
      await bulkInsert(em, OrganisationDepartment, rows.presence as OrganisationDepartment[]);
      await bulkInsert(em, Contract, rows.contracts as Contract[]);
      await bulkInsert(em, ContractEstablishment, rows.contractEstablishments as ContractEstablishment[]);
      await bulkInsert(em, ContractModule, rows.modules as ContractModule[]);
      await bulkInsert(em, ModuleTheme, rows.moduleThemes as ModuleTheme[]);
      await bulkInsert(em, ContractPlan, rows.plans as ContractPlan[]);
      await bulkInsert(em, Action, rows.actions as Action[]);
      await bulkInsert(em, ActionEstablishment, rows.actionEstablishments as ActionEstablishment[]);
      await bulkInsert(em, ActionPhaseChange, rows.changes as ActionPhaseChange[]);
      await bulkInsert(em, OrganisationProgress, rows.progress as OrganisationProgress[]);
      await bulkInsert(em, ProgressSnapshot, rows.snapshots as ProgressSnapshot[]);
      await bulkInsert(em, ModuleProgressSnapshot, rows.moduleSnapshots as ModuleProgressSnapshot[]);
      summary.organisations += rows.organisations.length;
      summary.contracts += rows.contracts.length;
      summary.phaseChanges += rows.changes.length;
      log(`${summary.organisations} organisations, ${summary.actions} actions`);
    }

    // Planner statistics: without them, PostgreSQL plans the first queries after a bulk load
    // badly (10 ms instead of 0.3 ms for one organisation's phase history).
    await em.query("ANALYZE");
    if (db.kind === "postgres") {
      // Ids were given explicitly: move the sequences past them.
      for (const table of ["agency", "campaign", "app_user", "organisation", "establishment", "contract", "contract_module", "action", "action_phase_change", "progress_snapshot", "module_progress_snapshot"]) {
        await em.query(`SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT COALESCE(MAX(id), 1) FROM "${table}"))`);
      }
    }
    return { ...summary, users, seconds: (Date.now() - started) / 1000 };
  });
}
