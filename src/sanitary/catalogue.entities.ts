import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Tracked } from "../core/database/tracked";
import { Region } from "../territory/territory.entities";
import type { ConcernedRule } from "./concerned";
import { DataSource, Direction, IndicatorType } from "./sanitary.enums";

/** A region's catalogue of sanitary engagements (ARA 2020-2024: 3 orientations; IDF 2022: 2 volets). */
@ObjectType({ description: "A region's catalogue of sanitary CPOM engagements: orientations, objectives, typed actions, suggested indicators." })
@Entity("sanitary_catalogue")
export class SanitaryCatalogue extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Region, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "region_code" })
  region?: Region;

  @Index()
  @Column({ type: "varchar", length: 3 })
  regionCode: string;

  @Field(() => String, { description: "Its name, e.g. Catalogue ARA 2023." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: "Where the catalogue comes from." })
  @Column({ type: "text", nullable: true })
  source: string | null;

  @Field(() => Boolean, { description: "The catalogue new contracts of the region are proposed from (one per region)." })
  @Column({ type: "boolean" })
  active: boolean;

  @Field(() => Int, { description: "Strategic objectives a contract may retain at most, unless its category has its own limit." })
  @Column({ type: "integer" })
  defaultMaxObjectives: number;
}

@ObjectType({ description: "The most strategic objectives a contract of this category may retain (fewer is allowed)." })
@Entity("catalogue_objective_limit")
@Unique(["catalogueId", "category"])
export class ObjectiveLimit {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => SanitaryCatalogue, { onDelete: "CASCADE" })
  @JoinColumn({ name: "catalogue_id" })
  catalogue?: SanitaryCatalogue;

  @Column({ type: "integer" })
  catalogueId: number;

  @Field(() => String, { description: "The establishment category, e.g. Établissement MCO, Établissement de psychiatrie." })
  @Column({ type: "varchar", length: 100 })
  category: string;

  @Field(() => Int, { description: "The most strategic objectives a contract of this category may retain." })
  @Column({ type: "integer" })
  maxObjectives: number;
}

@ObjectType({ description: "A strategic orientation (axe; in IDF 2022 a volet)." })
@Entity("strategic_orientation")
@Unique(["catalogueId", "code"])
export class StrategicOrientation {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => SanitaryCatalogue, { onDelete: "CASCADE" })
  @JoinColumn({ name: "catalogue_id" })
  catalogue?: SanitaryCatalogue;

  @Index()
  @Column({ type: "integer" })
  catalogueId: number;

  @Field(() => String, { description: "Its code, e.g. 1." })
  @Column({ type: "varchar", length: 20 })
  code: string;

  @Field(() => String, { description: "Its wording." })
  @Column({ type: "varchar", length: 300 })
  title: string;

  @Column({ type: "integer" })
  position: number;
}

@ObjectType({ description: "A strategic objective of the catalogue; its title cannot be changed in a contract." })
@Entity("strategic_objective")
@Unique(["orientationId", "code"])
export class StrategicObjective {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => StrategicOrientation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "orientation_id" })
  orientation?: StrategicOrientation;

  @Index()
  @Column({ type: "integer" })
  orientationId: number;

  @Field(() => String, { description: "Its code, e.g. 1.2." })
  @Column({ type: "varchar", length: 20 })
  code: string;

  @Field(() => String, { description: "Its wording." })
  @Column({ type: "varchar", length: 400 })
  title: string;

  @Column({ type: "integer" })
  position: number;
}

/** A typed action (engagement model) of the catalogue. */
@ObjectType({ description: "A typed action (engagement) of the catalogue, with the establishments it concerns." })
@Entity("action_type")
@Unique(["objectiveId", "code"])
export class ActionType extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => StrategicObjective, { onDelete: "CASCADE" })
  @JoinColumn({ name: "objective_id" })
  objective?: StrategicObjective;

  @Index()
  @Column({ type: "integer" })
  objectiveId: number;

  @Field(() => String, { description: "Its code, e.g. 1.2.3." })
  @Column({ type: "varchar", length: 20 })
  code: string;

  @Field(() => String, { description: "The model wording; a contract may adapt it." })
  @Column({ type: "text" })
  title: string;

  @Field(() => Boolean, { description: "Mandatory for the establishments it concerns, when they retain its objective." })
  @Column({ type: "boolean" })
  mandatory: boolean;

  /** Which establishments it concerns, as a rule (see concerned.ts). */
  @Column({ type: "simple-json" })
  concerned: ConcernedRule;

  @Field(() => String, { description: "The catalogue's remarks on the action (précisions).", nullable: true })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ type: "integer" })
  position: number;
}

@ObjectType({ description: "An indicator the catalogue suggests for an action; a contract chooses one per action." })
@Entity("indicator_template")
export class IndicatorTemplate {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => ActionType, { onDelete: "CASCADE" })
  @JoinColumn({ name: "action_type_id" })
  actionType?: ActionType;

  @Index()
  @Column({ type: "integer" })
  actionTypeId: number;

  @Field(() => String, { description: "Its wording." })
  @Column({ type: "text" })
  label: string;

  @Field(() => IndicatorType, { description: "What its values are." })
  @Column({ type: "varchar", length: 20 })
  type: IndicatorType;

  @Field(() => String, { description: "Its unit, e.g. jours, €, lits.", nullable: true })
  @Column({ type: "varchar", length: 60, nullable: true })
  unit: string | null;

  @Field(() => String, { nullable: true, description: "How it is computed (modalité de calcul)." })
  @Column({ type: "text", nullable: true })
  calculationMethod: string | null;

  @Field(() => DataSource, { description: "Who collects its data." })
  @Column({ type: "varchar", length: 30 })
  dataSource: DataSource;

  @Field(() => String, { nullable: true, description: "When the data is collected, e.g. March of each year." })
  @Column({ type: "varchar", length: 200, nullable: true })
  collectionPeriod: string | null;

  @Field(() => Direction, { description: "Which way it should move." })
  @Column({ type: "varchar", length: 20 })
  direction: Direction;

  @Column({ type: "integer" })
  position: number;
}
