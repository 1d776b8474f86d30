import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { TimestampColumn } from "../core/database/columns";
import { Tracked } from "../core/database/tracked";
import { Contract } from "../contracts/contract.entities";
import { DepartmentExpectation } from "../lifecycle/lifecycle.entities";
import { Action } from "./plan.entities";

export enum ExpectationLinkStatus {
  /** The organisation (or the agency) says the action answers the expectation. */
  PROPOSED = "PROPOSED",
  /** The department agrees. */
  CONFIRMED = "CONFIRMED",
  /** The department does not: the expectation is not met by this action. */
  CONTESTED = "CONTESTED",
}
registerEnumType(ExpectationLinkStatus, {
  name: "ExpectationLinkStatus",
  description: "Where a link between an action and a department's expectation stands.",
  valuesConfig: {
    PROPOSED: { description: "Proposed by the organisation or the agency; counts as meeting the expectation until the department answers." },
    CONFIRMED: { description: "Confirmed by the department." },
    CONTESTED: { description: "Contested by the department, with its reason: it does not meet the expectation." },
  },
});

/**
 * An action of a medico-social plan said to answer a department's expectation (in
 * Saône-et-Loire, an action on the transition between life stages: meeting notes of ARS
 * Bourgogne-Franche-Comté on the CPOM 2026-2030). An explicit link, which the department
 * confirms or contests: words in an action's title only suggest candidates.
 */
@ObjectType({ description: "An action said to answer a department's expectation: proposed by the organisation or the agency, confirmed or contested by the department." })
@Entity("expectation_link")
@Unique(["actionId", "expectationId"])
export class ExpectationLink extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Index()
  @Column({ type: "integer" })
  contractId: number;

  @ManyToOne(() => Action, { onDelete: "CASCADE" })
  @JoinColumn({ name: "action_id" })
  action?: Action;

  @Column({ type: "integer" })
  actionId: number;

  @ManyToOne(() => DepartmentExpectation, { onDelete: "CASCADE" })
  @JoinColumn({ name: "expectation_id" })
  expectation?: DepartmentExpectation;

  @Index()
  @Column({ type: "integer" })
  expectationId: number;

  @Field(() => ExpectationLinkStatus, { description: "Proposed, confirmed or contested." })
  @Column({ type: "varchar", length: 20 })
  status: ExpectationLinkStatus;

  @Field(() => String, { description: "Who proposed the link." })
  @Column({ type: "varchar", length: 200 })
  proposedBy: string;

  @Field(() => String, { nullable: true, description: "Who in the department confirmed or contested it." })
  @Column({ type: "varchar", length: 200, nullable: true })
  decidedBy: string | null;

  @Field(() => Date, { description: "When the department answered; null while it has not.", nullable: true })
  @TimestampColumn({ nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: "Why the department contested it (or a remark on its confirmation)." })
  @Column({ type: "text", nullable: true })
  reason: string | null;
}
