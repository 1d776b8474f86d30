import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from "typeorm";
import { TimestampColumn } from "../core/database/columns";
import { Tracked } from "../core/database/tracked";
import { Contract } from "../contracts/contract.entities";
import { Establishment } from "../organisations/organisation.entities";
import { ActionType, IndicatorTemplate, SanitaryCatalogue, StrategicObjective } from "./catalogue.entities";
import { DataSource, Direction, IndicatorType, MeasurabilityDecision, Verdict } from "./sanitary.enums";

/** What a sanitary contract was proposed from, and how many objectives it may retain. */
@Entity("sanitary_plan")
export class SanitaryPlan {
  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @PrimaryColumn({ type: "integer" })
  contractId: number;

  @ManyToOne(() => SanitaryCatalogue, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "catalogue_id" })
  catalogue?: SanitaryCatalogue;

  @Column({ type: "integer" })
  catalogueId: number;

  @Column({ type: "varchar", length: 100, nullable: true })
  category: string | null;

  /** Copied from the catalogue at opening: the limit the contract was negotiated under. */
  @Column({ type: "integer" })
  maxObjectives: number;
}

/** A strategic objective the agency proposed to a contract: retained or not, and why ("Enjeux"). */
@ObjectType({ description: "A strategic objective proposed in a contract; the organisation retains it or not, saying why (Enjeux)." })
@Entity("contract_objective")
@Unique(["contractId", "objectiveId"])
export class ContractObjective extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Index()
  @Column({ type: "integer" })
  contractId: number;

  @ManyToOne(() => StrategicObjective, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "objective_id" })
  objective?: StrategicObjective;

  @Column({ type: "integer" })
  objectiveId: number;

  @Field(() => Boolean, { nullable: true, description: "Retained in the contract; null until the organisation decides." })
  @Column({ type: "boolean", nullable: true })
  retained: boolean | null;

  @Field(() => String, { nullable: true, description: "Enjeux: whether the organisation retains the objective, and why." })
  @Column({ type: "text", nullable: true })
  stakes: string | null;
}

/** An engagement of a contract: an action of the catalogue, its wording adapted, on the sites it concerns. */
@ObjectType({ description: "An engagement (action) of a contract, on the sites it concerns, with one indicator." })
@Entity("contract_action")
export class ContractAction extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => ContractObjective, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_objective_id" })
  contractObjective?: ContractObjective;

  @Index()
  @Column({ type: "integer" })
  contractObjectiveId: number;

  @ManyToOne(() => ActionType, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "action_type_id" })
  actionType?: ActionType;

  @Column({ type: "integer" })
  actionTypeId: number;

  @Field(() => String, { description: "The wording, adapted to the organisation (the catalogue's by default)." })
  @Column({ type: "text" })
  title: string;

  @Field(() => Boolean, { description: "Mandatory for this organisation once its objective is retained." })
  @Column({ type: "boolean" })
  mandatory: boolean;

  @Field(() => Boolean, { description: "Part of the contract when its objective is retained (mandatory ones always are)." })
  @Column({ type: "boolean" })
  included: boolean;
}

@Entity("contract_action_establishment")
export class ContractActionEstablishment {
  @ManyToOne(() => ContractAction, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_action_id" })
  contractAction?: ContractAction;

  @PrimaryColumn({ type: "integer" })
  contractActionId: number;

  @ManyToOne(() => Establishment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "establishment_id" })
  establishment?: Establishment;

  @Index()
  @PrimaryColumn({ type: "integer" })
  establishmentId: number;
}

/** The indicator chosen for an engagement: its detail, baseline, and measurability. */
@ObjectType({ description: "The indicator followed for an engagement: baseline T0, a target and an actual per contract year." })
@Entity("contract_indicator")
export class ContractIndicator extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => ContractAction, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_action_id" })
  contractAction?: ContractAction;

  @Index({ unique: true })
  @Column({ type: "integer" })
  contractActionId: number;

  @ManyToOne(() => IndicatorTemplate, { onDelete: "SET NULL", nullable: true })
  @JoinColumn({ name: "template_id" })
  template?: IndicatorTemplate;

  /** The catalogue's suggestion it follows, or null for an indicator defined at negotiation. */
  @Column({ type: "integer", nullable: true })
  templateId: number | null;

  @Field(() => String, { description: "Its wording (libellé de l'indicateur)." })
  @Column({ type: "text" })
  label: string;

  @Field(() => IndicatorType, { description: "What its values are: a yes/no, a count, a rate, an amount or a text." })
  @Column({ type: "varchar", length: 20 })
  type: IndicatorType;

  @Field(() => String, { description: "Its unit, e.g. jours, €, lits.", nullable: true })
  @Column({ type: "varchar", length: 60, nullable: true })
  unit: string | null;

  @Field(() => String, { description: "How it is computed (mode de calcul).", nullable: true })
  @Column({ type: "text", nullable: true })
  calculationMethod: string | null;

  @Field(() => DataSource, { description: "Who collects its data (recueil des données)." })
  @Column({ type: "varchar", length: 30 })
  dataSource: DataSource;

  @Field(() => String, { description: "When its data is collected (périodicité).", nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  collectionPeriod: string | null;

  @Field(() => Direction, { description: "Which way it should move." })
  @Column({ type: "varchar", length: 20 })
  direction: Direction;

  /** Baseline T0, stored like the yearly values. */
  @Column({ type: "double precision", nullable: true })
  baselineNumber: number | null;

  @Column({ type: "text", nullable: true })
  baselineText: string | null;

  @Field(() => Int, { nullable: true, description: "The year of the baseline T0 (2018 when known, else 2019 for the 2020 campaigns)." })
  @Column({ type: "integer", nullable: true })
  baselineYear: number | null;

  @Field(() => Boolean, { description: "The organisation says it cannot measure it (the agency decides)." })
  @Column({ type: "boolean", default: false })
  notMeasurable: boolean;

  @Field(() => String, { description: "Why the organisation says it cannot be measured.", nullable: true })
  @Column({ type: "text", nullable: true })
  notMeasurableJustification: string | null;

  @Field(() => MeasurabilityDecision, { description: "The agency's decision on an indicator flagged not measurable; null if not flagged.", nullable: true })
  @Column({ type: "varchar", length: 20, nullable: true })
  measurabilityDecision: MeasurabilityDecision | null;

  @Field(() => String, { description: "Why the agency decided so.", nullable: true })
  @Column({ type: "text", nullable: true })
  measurabilityDecisionReason: string | null;
}

/** One contract year of an indicator: its target (opposable), its actual, and an agency's verdict if any. */
@ObjectType({ description: "One contract year of an indicator: target, actual, verdict." })
@Entity("indicator_year")
@Unique(["indicatorId", "year"])
export class IndicatorYear {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => ContractIndicator, { onDelete: "CASCADE" })
  @JoinColumn({ name: "indicator_id" })
  indicator?: ContractIndicator;

  @Column({ type: "integer" })
  indicatorId: number;

  @Field(() => Int, { description: "Contract year N, 1 to 5." })
  @Column({ type: "integer" })
  year: number;

  @Column({ type: "double precision", nullable: true })
  targetNumber: number | null;

  @Column({ type: "text", nullable: true })
  targetText: string | null;

  @Column({ type: "double precision", nullable: true })
  actualNumber: number | null;

  @Column({ type: "text", nullable: true })
  actualText: string | null;

  @Field(() => Date, { description: "When the actual was recorded.", nullable: true })
  @TimestampColumn({ nullable: true })
  actualRecordedAt: Date | null;

  @Field(() => String, { description: "Who recorded the actual.", nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  actualRecordedBy: string | null;

  /** The verdict computeVerdict gives, kept up to date on every write so dashboards count in SQL. */
  @Field(() => Verdict, { nullable: true, description: "The verdict the rule gives from target, actual, baseline and direction." })
  @Column({ type: "varchar", length: 30, nullable: true })
  computedVerdict: Verdict | null;

  /** An agency officer's verdict, replacing the computed one. */
  @Field(() => Verdict, { nullable: true, description: "An agency officer's verdict replacing the computed one." })
  @Column({ type: "varchar", length: 30, nullable: true })
  overrideVerdict: Verdict | null;

  @Field(() => String, { description: "Why the agency set its own verdict.", nullable: true })
  @Column({ type: "text", nullable: true })
  overrideReason: string | null;

  @Field(() => String, { description: "Who in the agency set it.", nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  overriddenBy: string | null;

  @Field(() => Date, { description: "When the agency set its own verdict.", nullable: true })
  @TimestampColumn({ nullable: true })
  overriddenAt: Date | null;
}

/** A recurring FIR financing line (annex 3). */
@ObjectType({ description: "A recurring financing line of the Fonds d'intervention régional (annex 3)." })
@Entity("financing_line")
export class FinancingLine extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Index()
  @Column({ type: "integer" })
  contractId: number;

  @Field(() => String, { description: "What is financed." })
  @Column({ type: "varchar", length: 300 })
  label: string;

  /** Amount per contract year, 1 to 5 (euros). */
  @Field(() => [Float], { description: "Euros per contract year, N1 to N5." })
  @Column({ type: "simple-json" })
  amounts: number[];
}


