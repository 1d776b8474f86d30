import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateColumn } from "../core/database/columns";
import { Tracked } from "../core/database/tracked";
import { addMonths, type IsoDate } from "../core/dates";
import { Contract } from "./contract.entities";

export enum ReviewKind {
  /** Révision: two over the five years (file 001). */
  REVISION = "REVISION",
  /** Évaluation à mi-parcours: the follow-up committee of year 3 (file 003). */
  MID_TERM = "MID_TERM",
}
registerEnumType(ReviewKind, { name: "ReviewKind" });

/** A review the contract schedules over its five years: its two revisions and its mid-term evaluation. */
@ObjectType({ description: "A scheduled revision or mid-term evaluation of a contract." })
@Entity("contract_review")
@Unique(["contractId", "kind", "number"])
@Index(["heldOn", "scheduledOn"])
export class ContractReview extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Index()
  @Column({ type: "integer" })
  contractId: number;

  @Field(() => ReviewKind)
  @Column({ type: "varchar", length: 20 })
  kind: ReviewKind;

  @Field(() => Int, { description: "1 or 2 for revisions; 1 for the mid-term evaluation." })
  @Column({ type: "integer" })
  number: number;

  @Field(() => LocalDateResolver)
  @DateColumn()
  scheduledOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "When it took place; null while it is due." })
  @DateColumn({ nullable: true })
  heldOn: string | null;
}

/**
 * The default schedule of a contract starting on `startDate`, which the agency may move:
 * the first revision after 18 months, the mid-term evaluation in year 3 (30 months), the
 * second revision after 42 months.
 */
export function defaultReviews(startDate: IsoDate): { kind: ReviewKind; number: number; scheduledOn: IsoDate }[] {
  return [
    { kind: ReviewKind.REVISION, number: 1, scheduledOn: addMonths(startDate, 18) },
    { kind: ReviewKind.MID_TERM, number: 1, scheduledOn: addMonths(startDate, 30) },
    { kind: ReviewKind.REVISION, number: 2, scheduledOn: addMonths(startDate, 42) },
  ];
}
