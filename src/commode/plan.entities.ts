import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateColumn, RateColumn, TimestampColumn } from "../core/database/columns";
import { Tracked } from "../core/database/tracked";
import { Contract } from "../contracts/contract.entities";
import { Establishment, Organisation } from "../organisations/organisation.entities";
import { Agency } from "../territory/territory.entities";
import { ModuleType, Theme } from "./catalogue.entities";
import { Phase } from "./phases";

/** A module (tiroir) active in one contract, with its action plan. */
@ObjectType({ description: "A module active in a contract, with its action plan (plan d'actions)." })
@Entity("contract_module")
@Unique(["contractId", "moduleTypeId"])
export class ContractModule extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Index()
  @Column({ type: "integer" })
  contractId: number;

  @ManyToOne(() => ModuleType, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "module_type_id" })
  moduleType?: ModuleType;

  @Column({ type: "integer" })
  moduleTypeId: number;

  /** Copied from the module type when the module is created, so later catalogue edits do not change a signed contract's rate. */
  @Field(() => Boolean, { description: "One of the five mandatory modules of the commode." })
  @Column({ type: "boolean" })
  mandatory: boolean;

  @Field(() => LocalDateResolver, { description: "From when the module is part of the contract." })
  @DateColumn()
  activatedOn: string;

  @Field(() => String, { nullable: true, description: "Why an optional module was activated (HAS evaluation, injunction, financial difficulty…)." })
  @Column({ type: "text", nullable: true })
  activationReason: string | null;

  @Field(() => String, { nullable: true, description: "Who activated an optional module (the agency's or the organisation's user)." })
  @Column({ type: "varchar", length: 200, nullable: true })
  activatedBy: string | null;

  @Field(() => Float, { nullable: true, description: "Mean progress of the module's actions, in percent; null while it has no action." })
  @RateColumn()
  progressRate: number | null;

  @Field(() => Int, { description: "How many actions its plan holds." })
  @Column({ type: "integer", default: 0 })
  actionCount: number;

  /** Its actions per phase, kept with the rate (dashboards read them without scanning actions). */
  @Column({ type: "integer", default: 0 })
  initialisationCount: number;

  @Column({ type: "integer", default: 0 })
  planningCount: number;

  @Column({ type: "integer", default: 0 })
  executionCount: number;

  @Column({ type: "integer", default: 0 })
  monitoringCount: number;

  @Column({ type: "integer", default: 0 })
  closureCount: number;
}

/** A theme chosen in a contract module. */
@Entity("module_theme")
export class ModuleTheme {
  @ManyToOne(() => ContractModule, { onDelete: "CASCADE" })
  @JoinColumn({ name: "module_id" })
  module?: ContractModule;

  @PrimaryColumn({ type: "integer" })
  moduleId: number;

  @ManyToOne(() => Theme, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "theme_id" })
  theme?: Theme;

  @Index()
  @PrimaryColumn({ type: "integer" })
  themeId: number;

  @TimestampColumn()
  selectedAt: Date;
}

/** An action of a module's plan, run as a project through the phases. */
@ObjectType({ description: "An action of a module's plan, run as a project through five phases." })
@Entity("action")
export class Action extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => ContractModule, { onDelete: "CASCADE" })
  @JoinColumn({ name: "module_id" })
  module?: ContractModule;

  @Index()
  @Column({ type: "integer" })
  moduleId: number;

  @ManyToOne(() => Theme, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "theme_id" })
  theme?: Theme;

  @Index()
  @Column({ type: "integer", nullable: true })
  themeId: number | null;

  @Field(() => String, { description: "The action's title (intitulé de l'action)." })
  @Column({ type: "varchar", length: 300 })
  title: string;

  @Field(() => String, { description: "What the action consists of, in the organisation's words." })
  @Column({ type: "text", default: "" })
  description: string;

  @Field(() => String, { nullable: true, description: "Who leads the action (name or role)." })
  @Column({ type: "varchar", length: 200, nullable: true })
  personInCharge: string | null;

  @Field(() => LocalDateResolver, { description: "When it is planned to start.", nullable: true })
  @DateColumn({ nullable: true })
  plannedStartDate: string | null;

  @Field(() => LocalDateResolver, { description: "When it is planned to end (échéance).", nullable: true })
  @DateColumn({ nullable: true })
  plannedEndDate: string | null;

  @Field(() => Phase, { description: "The project phase it stands in (étape): diagnosis, planning, implementation, assessment, closure." })
  @Column({ type: "varchar", length: 20 })
  phase: Phase;

  @Field(() => Int, { description: "Completion within the current phase, 0 to 100." })
  @Column({ type: "integer" })
  completion: number;

  @Field(() => Float, { description: "Progress of the action in percent: (phase index × 100 + completion) / 5." })
  @Column({ type: "double precision" })
  progress: number;

  @Field(() => Date, { description: "When the phase or completion last changed." })
  @TimestampColumn()
  progressUpdatedAt: Date;
}

/** An establishment an action concerns. */
@Entity("action_establishment")
export class ActionEstablishment {
  @ManyToOne(() => Action, { onDelete: "CASCADE" })
  @JoinColumn({ name: "action_id" })
  action?: Action;

  @PrimaryColumn({ type: "integer" })
  actionId: number;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishment_id" })
  establishment?: Establishment;

  @Index()
  @PrimaryColumn({ type: "integer" })
  establishmentId: number;
}

/** One phase change of an action, kept for ever. */
@ObjectType({ description: "A phase change of an action." })
@Entity("action_phase_change")
export class ActionPhaseChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Action, { onDelete: "CASCADE" })
  @JoinColumn({ name: "action_id" })
  action?: Action;

  @Index()
  @Column({ type: "integer" })
  actionId: number;

  @Field(() => Phase, { description: "The phase before the change." })
  @Column({ type: "varchar", length: 20 })
  fromPhase: Phase;

  @Field(() => Phase, { description: "The phase after the change." })
  @Column({ type: "varchar", length: 20 })
  toPhase: Phase;

  @Field(() => Int, { description: "Completion within the phase before the change, 0 to 100." })
  @Column({ type: "integer" })
  fromCompletion: number;

  @Field(() => Int, { description: "Completion within the phase after the change, 0 to 100." })
  @Column({ type: "integer" })
  toCompletion: number;

  @Field(() => Date, { description: "When the change was made." })
  @TimestampColumn()
  changedAt: Date;

  @Field(() => String, { description: "Who made the change." })
  @Column({ type: "varchar", length: 200 })
  changedBy: string;

  @Field(() => String, { description: "Why, in the words of who made the change.", nullable: true })
  @Column({ type: "text", nullable: true })
  comment: string | null;
}

export enum PlanStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
}
registerEnumType(PlanStatus, {
  name: "PlanStatus",
  description: "Where a medico-social plan stands.",
  valuesConfig: {
    DRAFT: { description: "Being composed; any change to its modules, themes or actions brings it back here." },
    SUBMITTED: { description: "Submitted for the agency's review, every module rule met." },
  },
});

/** The action plan of a medico-social contract as a whole: its status and its stored rate. */
@Entity("contract_plan")
export class ContractPlan {
  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @PrimaryColumn({ type: "integer" })
  contractId: number;

  @Column({ type: "varchar", length: 20 })
  status: PlanStatus;

  @TimestampColumn({ nullable: true })
  submittedAt: Date | null;

  @Column({ type: "varchar", length: 200, nullable: true })
  submittedBy: string | null;

  /** Kept equal to planRate() of the contract's modules on every write. */
  @RateColumn()
  progressRate: number | null;
}

/**
 * An organisation's stored rate over its medico-social contracts with one agency, for that
 * agency's dashboards: an organisation with sites in several regions has one rate per agency
 * (each agency sees its own contracts only; see core/auth/tenant.ts).
 */
@Entity("organisation_progress")
export class OrganisationProgress {
  @ManyToOne(() => Organisation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Organisation;

  @PrimaryColumn({ type: "integer" })
  organisationId: number;

  @ManyToOne(() => Agency, { onDelete: "CASCADE" })
  @JoinColumn({ name: "agency_id" })
  agency?: Agency;

  @PrimaryColumn({ type: "integer" })
  agencyId: number;

  /** Kept equal to planRate() of the modules of all its medico-social contracts with the agency. */
  @Index()
  @RateColumn()
  progressRate: number | null;

  /** When an action of the organisation's contracts with the agency last progressed (or was added / removed). */
  @TimestampColumn({ nullable: true })
  lastProgressAt: Date | null;
}

/** The rates recorded when a contract year is closed. */
@ObjectType({ description: "The progress rates recorded when a contract year was closed." })
@Entity("progress_snapshot")
@Unique(["contractId", "year"])
export class ProgressSnapshot {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Index()
  @Column({ type: "integer" })
  contractId: number;

  @Field(() => Int, { description: "Contract year, 1 to 5." })
  @Column({ type: "integer" })
  year: number;

  @Field(() => LocalDateResolver, { description: "The contract year's first day." })
  @DateColumn()
  yearStartDate: string;

  @Field(() => LocalDateResolver, { description: "The contract year's last day." })
  @DateColumn()
  yearEndDate: string;

  @Field(() => Float, { description: "The contract's progress rate at closing.", nullable: true })
  @RateColumn()
  contractRate: number | null;

  @Field(() => Float, { nullable: true, description: "The organisation's rate (all its medico-social contracts) at closing." })
  @RateColumn()
  organisationRate: number | null;

  @Field(() => Date, { description: "When the year was closed." })
  @TimestampColumn()
  closedAt: Date;

  @Field(() => String, { description: "Who closed it." })
  @Column({ type: "varchar", length: 200 })
  closedBy: string;
}

@ObjectType({ description: "A module's rate recorded at the close of a contract year." })
@Entity("module_progress_snapshot")
export class ModuleProgressSnapshot {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => ProgressSnapshot, { onDelete: "CASCADE" })
  @JoinColumn({ name: "snapshot_id" })
  snapshot?: ProgressSnapshot;

  @Index()
  @Column({ type: "integer" })
  snapshotId: number;

  @ManyToOne(() => ContractModule, { onDelete: "CASCADE" })
  @JoinColumn({ name: "module_id" })
  module?: ContractModule;

  @Column({ type: "integer" })
  moduleId: number;

  @Column({ type: "integer" })
  moduleTypeId: number;

  @Field(() => Float, { description: "The module's rate when the year closed; null if it had no action.", nullable: true })
  @RateColumn()
  rate: number | null;

  @Field(() => Int, { description: "Its actions when the year closed." })
  @Column({ type: "integer" })
  actionCount: number;
}
