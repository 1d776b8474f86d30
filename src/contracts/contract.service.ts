import { In } from "typeorm";
import type { RequestContext } from "../core/context";
import { badInput, conflict, notFound, ruleViolation } from "../core/errors";
import { findOrFail, parseId } from "../core/ids";
import type { Page } from "../core/pagination";
import { Establishment, Organisation } from "../organisations/organisation.entities";
import { Agency, Department } from "../territory/territory.entities";
import { Contract, ContractEstablishment, ContractKind } from "./contract.entities";
import type { ContractFilter } from "./contract.inputs";
import { contractEndDate } from "./period";

export interface NewContract {
  kind: ContractKind;
  organisationId: string;
  agencyId: string;
  startDate: string;
  /** The establishments covered; by default all those of the organisation in the agency's region that fit the kind. */
  establishmentIds?: string[] | null;
}

/** Medico-social contracts cover PA/PH establishments; sanitary ones, health establishments. */
function fitsKind(kind: ContractKind, establishment: Establishment): boolean {
  return kind === ContractKind.MEDICO_SOCIAL ? establishment.sector !== null : establishment.sector === null;
}
const KIND_LABEL: Record<ContractKind, string> = {
  [ContractKind.MEDICO_SOCIAL]: "medico-social (sector PA or PH)",
  [ContractKind.SANITARY]: "health (no medico-social sector)",
};

/** Creates a contract and its covered establishments, after checking every party and date. */
export async function createContract(ctx: RequestContext, input: NewContract): Promise<Contract> {
  const em = ctx.tm;
  const organisation = await findOrFail(em, Organisation, input.organisationId, "organisationId", "Organisation");
  const agency = await findOrFail(em, Agency, input.agencyId, "agencyId", "Agency");
  const startYear = Number(input.startDate.slice(0, 4));
  if (startYear < 2000 || startYear > 2100) throw badInput("startDate", `startDate ${input.startDate} is not a plausible contract start`);
  const endDate = contractEndDate(input.startDate);
  const regionDepartments = (await em.findBy(Department, { regionCode: agency.regionCode })).map((d) => d.code);

  let establishments: Establishment[];
  if (input.establishmentIds == null) {
    const candidates = await em.find(Establishment, { where: { organisationId: organisation.id, departmentCode: In(regionDepartments) }, order: { id: "ASC" } });
    establishments = candidates.filter((e) => fitsKind(input.kind, e));
    if (establishments.length === 0) {
      throw ruleViolation(
        "NO_ESTABLISHMENT",
        `${organisation.name} has no ${KIND_LABEL[input.kind]} establishment in region ${agency.regionCode}: register its establishments first`,
        { field: "establishmentIds" },
      );
    }
  } else {
    if (input.establishmentIds.length === 0) throw badInput("establishmentIds", "A contract covers at least one establishment");
    const ids = input.establishmentIds.map((raw, i) => parseId(raw, `establishmentIds.${i}`));
    const found = await em.findBy(Establishment, { id: In(ids) });
    establishments = ids.map((id, i) => {
      const field = `establishmentIds.${i}`;
      if (ids.indexOf(id) !== i) throw badInput(field, `Establishment ${id} is listed twice`);
      const establishment = found.find((e) => e.id === id);
      if (!establishment) throw notFound("Establishment", id, field);
      if (establishment.organisationId !== organisation.id) {
        throw badInput(field, `Establishment ${establishment.name} (${establishment.finessGeographique}) belongs to another organisation`);
      }
      if (!regionDepartments.includes(establishment.departmentCode)) {
        throw badInput(field, `Establishment ${establishment.name} is in department ${establishment.departmentCode}, outside the agency's region ${agency.regionCode}`);
      }
      if (!fitsKind(input.kind, establishment)) {
        throw badInput(field, `Establishment ${establishment.name} is not a ${KIND_LABEL[input.kind]} establishment`);
      }
      return establishment;
    });
  }

  // One contract of a kind at a time per establishment: periods must not overlap.
  const overlapping = await em
    .createQueryBuilder(ContractEstablishment, "ce")
    .innerJoin(Contract, "c", "c.id = ce.contract_id")
    .select(["ce.establishment_id AS establishment_id", "c.id AS contract_id"])
    .where("ce.establishment_id IN (:...ids)", { ids: establishments.map((e) => e.id) })
    .andWhere("c.kind = :kind AND c.start_date <= :end AND c.end_date >= :start", { kind: input.kind, start: input.startDate, end: endDate })
    .getRawOne<{ establishment_id: number; contract_id: number }>();
  if (overlapping) {
    const establishment = establishments.find((e) => e.id === Number(overlapping.establishment_id))!;
    throw conflict(`Establishment ${establishment.name} is already covered by contract ${overlapping.contract_id} over an overlapping period`, {
      field: input.establishmentIds ? `establishmentIds.${establishments.indexOf(establishment)}` : "establishmentIds",
    });
  }

  const contract = await em.save(
    em.create(Contract, { kind: input.kind, organisationId: organisation.id, agencyId: agency.id, startDate: input.startDate, endDate }),
  );
  await em.insert(
    ContractEstablishment,
    establishments.map((e) => ({ contractId: contract.id, establishmentId: e.id })),
  );
  return contract;
}

export async function listContracts(ctx: RequestContext, filter: ContractFilter, skip: number, take: number): Promise<Page<Contract>> {
  const qb = ctx.em.createQueryBuilder(Contract, "c");
  if (filter.organisationId) qb.andWhere("c.organisation_id = :organisationId", { organisationId: parseId(filter.organisationId, "filter.organisationId") });
  if (filter.agencyId) qb.andWhere("c.agency_id = :agencyId", { agencyId: parseId(filter.agencyId, "filter.agencyId") });
  if (filter.kind) qb.andWhere("c.kind = :kind", { kind: filter.kind });
  if (filter.departmentCode) {
    qb.andWhere(
      "EXISTS (SELECT 1 FROM contract_establishment ce JOIN establishment e ON e.id = ce.establishment_id WHERE ce.contract_id = c.id AND e.department_code = :department)",
      { department: filter.departmentCode },
    );
  }
  const [items, totalCount] = await qb.orderBy("c.start_date", "DESC").addOrderBy("c.id", "ASC").skip(skip).take(take).getManyAndCount();
  return { items, totalCount };
}
