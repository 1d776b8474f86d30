import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { DateColumn } from "../core/database/columns";
import { Tracked } from "../core/database/tracked";
import { User } from "../accounts/account.entities";
import { Establishment, Organisation } from "../organisations/organisation.entities";
import { Agency } from "../territory/territory.entities";
import { Campaign } from "./campaign.entities";
import { ContractKind } from "./contract-kind";
import { ContractStatus } from "./contract-status";

export { ContractKind } from "./contract-kind";
export { ContractStatus } from "./contract-status";

/** CPOM: a five-year contract between an agency and an organisation, covering some of its establishments. */
@ObjectType({ description: "A CPOM: a five-year contract between an agency and an organisation." })
@Entity("contract")
@Index(["organisationId", "kind"])
export class Contract extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ContractKind, { description: "Sanitary CPOM or modular medico-social CPOM." })
  @Column({ type: "varchar", length: 20 })
  kind: ContractKind;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Organisation;

  @Column({ type: "integer" })
  organisationId: number;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "agency_id" })
  agency?: Agency;

  @Index()
  @Column({ type: "integer" })
  agencyId: number;

  @ManyToOne(() => User, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "officer_id" })
  officer?: User;

  /** The agency officer in charge (interlocuteur ARS), who manages the contract for the agency. */
  @Index()
  @Column({ type: "integer", nullable: true })
  officerId: number | null;

  @ManyToOne(() => Campaign, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "campaign_id" })
  campaign?: Campaign;

  /** The campaign it belongs to (its expected trajectory), if any. */
  @Index()
  @Column({ type: "integer", nullable: true })
  campaignId: number | null;

  @Field(() => Boolean, { description: "Whether the agency has opened write access to the organisation (choices, action plans, progress)." })
  @Column({ type: "boolean", default: false })
  organisationCanEdit: boolean;

  /** Where it stands in its life; ACTIVE is not stored: a SIGNED contract is active from its start date (see contract-status.ts). */
  @Index()
  @Column({ type: "varchar", length: 20, default: ContractStatus.DRAFT })
  status: ContractStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: "When the base came into force: the agency and the organisation had both signed it (it may be after the start date), or the agency's decision imposed it." })
  @DateColumn({ nullable: true })
  signedOn: string | null;

  /**
   * A sanitary base imposed by the agency's director general (arrêté) when the organisation
   * had not signed a year after the regional health plan's adoption (CSP L6114-1): its date.
   */
  @Field(() => LocalDateResolver, { nullable: true, description: "For a base imposed by the agency's decision (arrêté): the decision's date; null when the parties signed it." })
  @DateColumn({ nullable: true })
  baseDecisionOn: string | null;

  @Field(() => String, { nullable: true, description: "For a base imposed by the agency's decision: the decision's reference." })
  @Column({ type: "varchar", length: 200, nullable: true })
  baseDecisionReference: string | null;

  @Field(() => LocalDateResolver, { description: "First day of the contract (date d'effet)." })
  @DateColumn()
  startDate: string;

  @Field(() => LocalDateResolver, { description: "Last day of the contract." })
  @DateColumn()
  endDate: string;
}

/** An establishment covered by a contract. */
@Entity("contract_establishment")
export class ContractEstablishment {
  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @PrimaryColumn({ type: "integer" })
  contractId: number;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishment_id" })
  establishment?: Establishment;

  @Index()
  @PrimaryColumn({ type: "integer" })
  establishmentId: number;
}

@ObjectType({ description: "One year of a contract: year N runs from the (N−1)th anniversary of the start." })
export class ContractYear {
  @Field(() => Int, { description: "1 to 5." })
  number: number;

  @Field(() => LocalDateResolver, { description: "The year's first day." })
  startDate: string;

  @Field(() => LocalDateResolver, { description: "The year's last day." })
  endDate: string;
}
