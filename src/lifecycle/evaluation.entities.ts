import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateColumn, TimestampColumn } from "../core/database/columns";
import { Tracked } from "../core/database/tracked";
import { Contract } from "../contracts/contract.entities";

export enum EvaluationKind {
  MID_TERM = "MID_TERM",
  FINAL = "FINAL",
}
registerEnumType(EvaluationKind, { name: "EvaluationKind", description: "Which evaluation of a contract.", valuesConfig: { MID_TERM: { description: "Évaluation à mi-parcours" }, FINAL: { description: "Évaluation finale, en vue du prochain CPOM" } } });

export enum DiagnosticAuthor {
  STRUCTURE = "STRUCTURE",
  AGENCY = "AGENCY",
  SHARED = "SHARED",
}
registerEnumType(DiagnosticAuthor, {
  name: "DiagnosticAuthor",
  description: "Whose diagnostic it is, in an evaluation.",
  valuesConfig: { STRUCTURE: { description: "Diagnostic structure" }, AGENCY: { description: "Diagnostic ARS" }, SHARED: { description: "Diagnostic partagé et propositions à retenir" } },
});

export enum EngagementProposalKind {
  RENEW = "RENEW",
  ADD = "ADD",
  REMOVE = "REMOVE",
  MODIFY = "MODIFY",
}
registerEnumType(EngagementProposalKind, {
  name: "EngagementProposalKind",
  description: "What to do with an engagement in the next CPOM (evaluation report template, ARS Île-de-France).",
  valuesConfig: { RENEW: { description: "Reconduction" }, ADD: { description: "Ajout" }, REMOVE: { description: "Suppression" }, MODIFY: { description: "Modification (objectif, indicateurs, valeurs cibles)" } },
});

/**
 * The mid-term or final evaluation of a contract, of either family (the evaluation report
 * template of the ARS Île-de-France): dated diagnostics, SWOT, proposals for the next
 * contract. A medico-social contract's final one is its bilan: with it, the rates reached
 * per module and the actions not closed (commode area).
 */
@ObjectType({ description: "The mid-term or final evaluation of a contract: dated diagnostics, SWOT, proposals for the next CPOM." })
@Entity("contract_evaluation")
@Unique(["contractId", "kind"])
export class ContractEvaluation extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Index()
  @Column({ type: "integer" })
  contractId: number;

  @Field(() => EvaluationKind, { description: "Mid-term (mi-parcours) or final evaluation." })
  @Column({ type: "varchar", length: 20 })
  kind: EvaluationKind;

  @Field(() => String, { nullable: true, description: "Diagnostic structure." })
  @Column({ type: "text", nullable: true })
  structureDiagnostic: string | null;

  @Field(() => LocalDateResolver, { description: "When the organisation's diagnostic was written.", nullable: true })
  @DateColumn({ nullable: true })
  structureDiagnosticDate: string | null;

  @Field(() => String, { nullable: true, description: "Diagnostic ARS." })
  @Column({ type: "text", nullable: true })
  agencyDiagnostic: string | null;

  @Field(() => LocalDateResolver, { description: "When the agency's diagnostic was written.", nullable: true })
  @DateColumn({ nullable: true })
  agencyDiagnosticDate: string | null;

  @Field(() => String, { nullable: true, description: "Diagnostic partagé et propositions à retenir." })
  @Column({ type: "text", nullable: true })
  sharedDiagnostic: string | null;

  @Field(() => LocalDateResolver, { description: "When the shared diagnostic was written.", nullable: true })
  @DateColumn({ nullable: true })
  sharedDiagnosticDate: string | null;

  @Field(() => String, { description: "SWOT: strengths (forces).", nullable: true })
  @Column({ type: "text", nullable: true })
  strengths: string | null;

  @Field(() => String, { description: "SWOT: weaknesses (faiblesses).", nullable: true })
  @Column({ type: "text", nullable: true })
  weaknesses: string | null;

  @Field(() => String, { description: "SWOT: opportunities (opportunités).", nullable: true })
  @Column({ type: "text", nullable: true })
  opportunities: string | null;

  @Field(() => String, { description: "SWOT: threats (menaces).", nullable: true })
  @Column({ type: "text", nullable: true })
  threats: string | null;
}

/** A proposal for the next CPOM about one engagement (or a new one). */
@ObjectType({ description: "A proposal for the next CPOM: renew, add, remove or modify an engagement." })
@Entity("engagement_proposal")
export class EngagementProposal {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => ContractEvaluation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "evaluation_id" })
  evaluation?: ContractEvaluation;

  @Index()
  @Column({ type: "integer" })
  evaluationId: number;

  // By name: the sanitary area owns ContractAction and depends on this one.
  @ManyToOne("ContractAction", { onDelete: "CASCADE", nullable: true })
  @JoinColumn({ name: "contract_action_id" })
  contractAction?: unknown;

  /** The engagement concerned (a sanitary contract's action); null for an engagement to add, or a medico-social proposal. */
  @Column({ type: "integer", nullable: true })
  contractActionId: number | null;

  @Field(() => EngagementProposalKind, { description: "Keep, change, drop, or add an engagement." })
  @Column({ type: "varchar", length: 20 })
  proposal: EngagementProposalKind;

  @Field(() => String, { description: "What is proposed, in words." })
  @Column({ type: "text" })
  description: string;

  @Field(() => Date, { description: "When it was proposed." })
  @TimestampColumn()
  proposedAt: Date;

  @Field(() => String, { description: "Who proposed it." })
  @Column({ type: "varchar", length: 200 })
  proposedBy: string;
}
