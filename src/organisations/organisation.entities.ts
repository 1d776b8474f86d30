import { Tracked } from "../core/database/tracked";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

import { Agency, Department, Region } from "../territory/territory.entities";

/** Secteur: personnes âgées (PA) or personnes handicapées (PH). */
export enum Sector {
  ELDERLY = "ELDERLY",
  DISABLED = "DISABLED",
}
registerEnumType(Sector, {
  name: "Sector",
  description: "The two medico-social sectors.",
  valuesConfig: {
    ELDERLY: { description: "Personnes âgées (PA)" },
    DISABLED: { description: "Personnes handicapées (PH)" },
  },
});

export enum LegalStatus {
  PUBLIC = "PUBLIC",
  PRIVATE_NON_PROFIT = "PRIVATE_NON_PROFIT",
  PRIVATE_FOR_PROFIT = "PRIVATE_FOR_PROFIT",
}
registerEnumType(LegalStatus, {
  name: "LegalStatus",
  description: "An organisation's legal status (statut juridique).",
  valuesConfig: {
    PUBLIC: { description: "Public" },
    PRIVATE_NON_PROFIT: { description: "Privé non lucratif (incl. ESPIC)" },
    PRIVATE_FOR_PROFIT: { description: "Privé lucratif" },
  },
});

/** Organisme gestionnaire (OG) / entité juridique (EJ), identified by its FINESS juridique. */
@ObjectType({ description: "An organisation (organisme gestionnaire, legal entity), identified by its FINESS juridique." })
@Entity("organisation")
export class Organisation extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: "Its name (raison sociale)." })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => String, { description: "FINESS juridique (9 characters)." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 9 })
  finessJuridique: string;

  @Field(() => LegalStatus, { description: "Public, private non-profit or private for-profit." })
  @Column({ type: "varchar", length: 30 })
  legalStatus: LegalStatus;

  @ManyToOne(() => Region, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "head_office_region_code" })
  headOfficeRegion?: Region;

  @Index()
  @Column({ type: "varchar", length: 3 })
  headOfficeRegionCode: string;

  /** Name and FINESS, normalised for accent-insensitive search. */
  @Index()
  @Column({ type: "varchar", length: 220 })
  searchText: string;

  /** The agency that registered it: it sees it and keeps its identity, as the head office's agency does. */
  @ManyToOne(() => Agency, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "registered_by_agency_id" })
  registeredByAgency?: Agency;

  @Index()
  @Column({ type: "integer", nullable: true })
  registeredByAgencyId: number | null;
}

/** Établissement (entité géographique, site), identified by its FINESS géographique. */
@ObjectType({ description: "An establishment or service (site), identified by its FINESS géographique." })
@Entity("establishment")
@Index(["departmentCode", "organisationId"])
export class Establishment extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Organisation;

  @Index()
  @Column({ type: "integer" })
  organisationId: number;

  @Field(() => String, { description: "FINESS géographique (9 characters)." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 9 })
  finessGeographique: string;

  @Field(() => String, { description: "Its name (raison sociale de l'établissement)." })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => Sector, { nullable: true, description: "ELDERLY (personnes âgées, PA) or DISABLED (personnes handicapées, PH) for a medico-social establishment; null for a health establishment." })
  @Column({ type: "varchar", length: 20, nullable: true })
  sector: Sector | null;

  @Field(() => String, { description: "Category, e.g. EHPAD, IME, FAM, SSIAD, MAS." })
  @Column({ type: "varchar", length: 100 })
  category: string;

  @ManyToOne(() => Department, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "department_code" })
  department?: Department;

  @Column({ type: "varchar", length: 3 })
  departmentCode: string;

  @Field(() => String, { description: "The commune where it stands." })
  @Column({ type: "varchar", length: 100 })
  commune: string;

  @Field(() => String, { description: "Its postal code." })
  @Column({ type: "varchar", length: 5 })
  postalCode: string;
}

/**
 * The departments (and so the regions) where an organisation has establishments: derived
 * from establishments when they are registered, so that region and department scopes read
 * a few hundred rows instead of every establishment of a region.
 */
@Entity("organisation_department")
@Index(["regionCode", "organisationId"])
@Index(["departmentCode", "organisationId"])
export class OrganisationDepartment {
  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Organisation;

  @PrimaryColumn({ type: "integer" })
  organisationId: number;

  @ManyToOne(() => Department, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "department_code" })
  department?: Department;

  @PrimaryColumn({ type: "varchar", length: 3 })
  departmentCode: string;

  @Column({ type: "varchar", length: 3 })
  regionCode: string;
}
