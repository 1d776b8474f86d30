import { byIdLoader, manyByLoader } from "../core/loaders";
import { Establishment, Organisation } from "./organisation.entities";

export const organisationById = byIdLoader(Organisation);
export const establishmentById = byIdLoader(Establishment);
export const establishmentsByOrganisation = manyByLoader<Establishment, number>(Establishment, "organisationId", { name: "ASC" });
