import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateColumn } from "../core/database/columns";
import { Tracked } from "../core/database/tracked";
import { addMonths, type IsoDate } from "../core/dates";
import { Contract, ContractKind } from "./contract.entities";

/** The dates a contract's calendar holds (see docs/domain.md, "The calendar"). */
export enum ReviewKind {
  /** Révision: two over the five years of a sanitary contract. */
  REVISION = "REVISION",
  /** The mid-term evaluation, or the follow-up committee of year 3. */
  MID_TERM = "MID_TERM",
  /** The final review of year 5, which prepares the next contract. */
  FINAL = "FINAL",
  /** The date by which the renewal (sanitary: a year before the end) or the extension (medico-social: six months before) is asked for. */
  RENEWAL = "RENEWAL",
  /** An annex of a sanitary contract to sign after its base (number: the annex's). */
  ANNEX_SIGNATURE = "ANNEX_SIGNATURE",
}
registerEnumType(ReviewKind, {
  name: "ReviewKind",
  description: "What a review of a contract is.",
  valuesConfig: {
    REVISION: { description: "Révision (sanitary contracts: two over five years)." },
    MID_TERM: { description: "Évaluation à mi-parcours / comité de suivi of year 3." },
    FINAL: { description: "Final review of year 5 (bilan), preparing the next contract." },
    RENEWAL: { description: "Deadline of the renewal request (sanitary: a year before the end) or of the extension request (medico-social: six months before)." },
    ANNEX_SIGNATURE: { description: "An annex of a sanitary contract signed after its base: when it is due (number: 1, 2 or 3), held on the date it came into force." },
  },
});

/** One date of a contract's calendar: its revisions, its mid-term and final reviews, its renewal deadline; held once recorded. */
@ObjectType({ description: "A date of a contract's calendar (revision, mid-term or final review, renewal deadline), scheduled and, once it took place, held." })
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

  @Field(() => ReviewKind, { description: "What the review is." })
  @Column({ type: "varchar", length: 20 })
  kind: ReviewKind;

  @Field(() => Int, { description: "1 or 2 for revisions; for an annex to sign, the annex (1, 2 or 3); 1 for the others." })
  @Column({ type: "integer" })
  number: number;

  @Field(() => LocalDateResolver, { description: "When it is due." })
  @DateColumn()
  scheduledOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "When it took place (for the renewal deadline: when the request was made); null while it is due." })
  @DateColumn({ nullable: true })
  heldOn: string | null;

  @Field(() => String, { nullable: true, description: "What was reviewed or decided, as recorded when it was held." })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: "Who recorded it as held." })
  @Column({ type: "varchar", length: 200, nullable: true })
  recordedBy: string | null;
}

/** How long before its end a contract's renewal (sanitary) or extension (medico-social) is asked for, in months. */
export const RENEWAL_NOTICE_MONTHS: Record<ContractKind, number> = { [ContractKind.SANITARY]: 12, [ContractKind.MEDICO_SOCIAL]: 6 };

/**
 * The default calendar of a contract, which the agency may move. Sanitary (CSP L6114-1 and the
 * regional FAQ): two revisions (after 18 and 42 months), the mid-term evaluation (year 3),
 * the final review (year 5), the renewal request a year before the end. Medico-social (CASF
 * L313-11): the follow-up committees of year 3 and year 5, the extension request six months
 * before the end; revisions are amendments, at any time.
 */
export function defaultReviews(kind: ContractKind, startDate: IsoDate, endDate: IsoDate): { kind: ReviewKind; number: number; scheduledOn: IsoDate }[] {
  const revisions =
    kind === ContractKind.SANITARY
      ? [
          { kind: ReviewKind.REVISION, number: 1, scheduledOn: addMonths(startDate, 18) },
          { kind: ReviewKind.REVISION, number: 2, scheduledOn: addMonths(startDate, 42) },
        ]
      : [];
  return [
    ...revisions,
    { kind: ReviewKind.MID_TERM, number: 1, scheduledOn: addMonths(startDate, 30) },
    { kind: ReviewKind.FINAL, number: 1, scheduledOn: addMonths(startDate, 54) },
    { kind: ReviewKind.RENEWAL, number: 1, scheduledOn: renewalDeadline(kind, endDate) },
  ].sort((a, b) => a.scheduledOn.localeCompare(b.scheduledOn));
}

/** The date by which renewal (or extension) is asked for. */
export const renewalDeadline = (kind: ContractKind, endDate: IsoDate): IsoDate => addMonths(endDate, -RENEWAL_NOTICE_MONTHS[kind]);
