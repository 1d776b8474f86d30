import { Tracked } from "../core/database/tracked";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { DateColumn } from "../core/database/columns";
import { Agency } from "../territory/territory.entities";
import { ContractKind } from "./contract-kind";
import { msg, type Message } from "../core/i18n/message";

/**
 * A campaign: the contracts an agency programmes for a period (e.g. the medico-social CPOMs
 * 2026-2030), with the progress rate it expects at the end of each contract year. The
 * trajectory is data set per campaign, not a rule in code.
 */
@ObjectType({ description: "A campaign of contracts of an agency, with its expected progress trajectory." })
@Entity("campaign")
export class Campaign extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "agency_id" })
  agency?: Agency;

  @Index()
  @Column({ type: "integer" })
  agencyId: number;

  @Field(() => String, { description: "Its name, e.g. Campagne CPOM 2026." })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => ContractKind, { description: "The family of contracts it negotiates." })
  @Column({ type: "varchar", length: 20 })
  kind: ContractKind;

  /** Expected rate (percent) at the end of contract years 1 to 5. */
  @Column({ type: "double precision" })
  expectedRateYear1: number;

  @Column({ type: "double precision" })
  expectedRateYear2: number;

  @Column({ type: "double precision" })
  expectedRateYear3: number;

  @Column({ type: "double precision" })
  expectedRateYear4: number;

  @Column({ type: "double precision" })
  expectedRateYear5: number;

  @Field(() => LocalDateResolver, { nullable: true, description: "When the negotiation window opens." })
  @DateColumn({ nullable: true })
  negotiationOpensOn: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "When the negotiation window closes: contracts still before negotiation's end are flagged after it." })
  @DateColumn({ nullable: true })
  negotiationClosesOn: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "By when contracts are to be signed: unsigned ones are flagged after it." })
  @DateColumn({ nullable: true })
  signatureDeadline: string | null;

  @Field(() => [Float], { description: "Expected progress rate (percent) for contract years 1 to 5." })
  get expectedRates(): number[] {
    return [this.expectedRateYear1, this.expectedRateYear2, this.expectedRateYear3, this.expectedRateYear4, this.expectedRateYear5];
  }
}

/** The columns of the trajectory, year by year (for SQL and for writes). */
export const EXPECTED_RATE_COLUMNS = ["expectedRateYear1", "expectedRateYear2", "expectedRateYear3", "expectedRateYear4", "expectedRateYear5"] as const;

/** Problems with a trajectory: five rates from 0 to 100, never going down. */
export function trajectoryProblems(rates: number[]): Message[] {
  const problems: Message[] = [];
  if (rates.length !== EXPECTED_RATE_COLUMNS.length) problems.push(msg`give ${EXPECTED_RATE_COLUMNS.length} rates, one per contract year`);
  if (rates.some((r) => !Number.isFinite(r) || r < 0 || r > 100)) problems.push(msg`each rate is between 0 and 100`);
  if (rates.some((r, i) => i > 0 && r < rates[i - 1])) problems.push(msg`the rates never go down from one year to the next`);
  return problems;
}

export interface CampaignDeadlines {
  negotiationOpensOn: string | null;
  negotiationClosesOn: string | null;
  signatureDeadline: string | null;
}

/** Problems with deadlines: the window opens before it closes, and signature comes after it opens. */
export function deadlineProblems(d: CampaignDeadlines): { field: string; message: Message }[] {
  const problems: { field: string; message: Message }[] = [];
  if (d.negotiationOpensOn && d.negotiationClosesOn && d.negotiationClosesOn < d.negotiationOpensOn) problems.push({ field: "negotiationClosesOn", message: msg`The negotiation window closes after it opens` });
  if (d.negotiationOpensOn && d.signatureDeadline && d.signatureDeadline < d.negotiationOpensOn) problems.push({ field: "signatureDeadline", message: msg`The signature deadline comes after the negotiation opens` });
  return problems;
}
