import { Tracked } from "../core/database/tracked";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";

import { SignatoryParty } from "../contracts/contract-life";
import { Sector } from "../organisations/organisation.entities";
import { Agency } from "../territory/territory.entities";
import { RuleKind, RuleScope } from "./selection-rules";

/** Module (tiroir) of the commode: 5 mandatory, 3 optional ([BFC notes 2025], docs/domain.md). */
@ObjectType({ description: "A module (tiroir) of the modular medico-social CPOM." })
@Entity("module_type")
export class ModuleType extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: "Stable code, e.g. TRANSFORMATION_OFFRE." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 40 })
  code: string;

  @Field(() => Int, { description: "Position in the commode, 1 to 8." })
  @Index({ unique: true })
  @Column({ type: "integer" })
  number: number;

  @Field(() => String, { description: "Its title, e.g. Transformation de l'offre." })
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => Boolean, { description: "Mandatory modules are part of every contract; optional ones are activated when needed." })
  @Column({ type: "boolean" })
  mandatory: boolean;

  /**
   * Who may activate it when it is optional: modules 6 and 7 are "à la main de l'OG" (the
   * organisation's decision, the agency encouraging it), module 8 the agency's (meeting notes
   * of ARS Bourgogne-Franche-Comté on the CPOM 2026-2030). Data, so an agency can change it.
   */
  @Field(() => [SignatoryParty], { description: "Who may activate this module when it is optional: the organisation during negotiation (after signature under an amendment the agency opens), or the agency." })
  @Column({ type: "simple-array", default: SignatoryParty.AGENCY })
  activationParties: SignatoryParty[];

  @Field(() => String, { description: "What the module covers, in a sentence." })
  @Column({ type: "text" })
  summary: string;

  @Field(() => String, { description: "What is expected at contracting." })
  @Column({ type: "text" })
  expectedAtContracting: string;

  @Field(() => String, { description: "What is expected during the five years." })
  @Column({ type: "text" })
  expectedDuring: string;

  @Field(() => String, { description: "The module's single follow-up indicator." })
  @Column({ type: "text" })
  followUpIndicator: string;

  @Field(() => String, { description: "What is expected at the end of the contract." })
  @Column({ type: "text" })
  expectedAtEnd: string;

  @Field(() => Boolean, { description: "True when this content was written as an example where the reference documents give none." })
  @Column({ type: "boolean", default: false })
  isExampleContent: boolean;
}

/** A selection rule of a module (data: the agency can change it). */
@ObjectType({ description: "A rule a module's plan must meet to be submitted." })
@Entity("module_selection_rule")
@Unique(["moduleTypeId", "kind", "scope"])
export class SelectionRule {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => ModuleType, { onDelete: "CASCADE" })
  @JoinColumn({ name: "module_type_id" })
  moduleType?: ModuleType;

  @Column({ type: "integer" })
  moduleTypeId: number;

  @Field(() => RuleKind, { description: "What the rule counts." })
  @Column({ type: "varchar", length: 40 })
  kind: RuleKind;

  @Field(() => Int, { description: "The minimum or maximum." })
  @Column({ type: "integer" })
  value: number;

  @Field(() => RuleScope, { description: "Over the module, or per sector." })
  @Column({ type: "varchar", length: 20 })
  scope: RuleScope;

}

export enum QuestionAngle {
  ORGANISATION = "ORGANISATION",
  PEOPLE_SUPPORTED = "PEOPLE_SUPPORTED",
  CIRCLE = "CIRCLE",
  TEAM = "TEAM",
  TERRITORY = "TERRITORY",
}
registerEnumType(QuestionAngle, {
  name: "QuestionAngle",
  description: "The entry point of a fiche question ([BFC notes 2025], docs/domain.md).",
  valuesConfig: {
    ORGANISATION: { description: "Organisation" },
    PEOPLE_SUPPORTED: { description: "Personnes accompagnées" },
    CIRCLE: { description: "Entourage" },
    TEAM: { description: "Équipe" },
    TERRITORY: { description: "Territoire" },
  },
});

@ObjectType({ description: "One of the five questions a fiche asks the organisation." })
export class ThemeQuestion {
  @Field(() => QuestionAngle, { description: "From which angle: the organisation, or the people supported." })
  angle: QuestionAngle;

  @Field(() => String, { description: "The question." })
  text: string;
}

/** Fiche thématique / brique: what an organisation can pick inside a module. */
@ObjectType({ description: "A theme (fiche thématique; in module 1, a brique) an organisation can choose in a module." })
@Entity("theme")
export class Theme extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => ModuleType, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "module_type_id" })
  moduleType?: ModuleType;

  @Index()
  @Column({ type: "integer" })
  moduleTypeId: number;

  @Field(() => String, { description: "Stable code, e.g. M1-HABITAT-INCLUSIF." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 40 })
  code: string;

  @Field(() => String, { description: "Its title." })
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => [Sector], { description: "The sectors the theme concerns (PA, PH or both)." })
  @Column({ type: "simple-json" })
  sectors: Sector[];

  @Field(() => String, { description: "What the theme covers (définition de la fiche)." })
  @Column({ type: "text" })
  definition: string;

  @Field(() => [ThemeQuestion], { description: "The questions the fiche asks, to build actions from." })
  @Column({ type: "simple-json" })
  questions: ThemeQuestion[];

  @Field(() => [String], { description: "Key points the agency watches." })
  @Column({ type: "simple-json" })
  keyPoints: string[];

  @Field(() => [String], { description: "Resources that help the organisation build its plan." })
  @Column({ type: "simple-json" })
  resources: string[];

  @Field(() => Boolean, { description: "True when this content was written as an example where the reference documents give none." })
  @Column({ type: "boolean", default: false })
  isExampleContent: boolean;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "agency_id" })
  agency?: Agency;

  /** Null: the common catalogue; else a theme only this agency's contracts can choose. */
  @Column({ type: "integer", nullable: true })
  agencyId: number | null;

  @Field(() => Boolean, { description: "Archived themes stay on the plans that chose them but can no longer be chosen." })
  @Column({ type: "boolean", default: false })
  archived: boolean;
}
