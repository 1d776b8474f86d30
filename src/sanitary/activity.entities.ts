import { Field, ID, Int, ObjectType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from "typeorm";
import { DateColumn } from "../core/database/columns";
import { Tracked } from "../core/database/tracked";
import { Establishment } from "../organisations/organisation.entities";
import { ActivityKind } from "./sanitary.enums";

/** An activité de soins or a contractual recognition (the vocabulary of the catalogues' rules). */
@ObjectType({ description: "An authorisation (activité de soins) or a contractual recognition." })
@Entity("activity")
export class Activity {
  /** For client caches, which key objects by `id`: the code, which never changes. */
  @Field(() => ID, { description: "The activity's code again, under the name client caches key on." })
  get id(): string {
    return this.code;
  }

  @Field(() => String, { description: "Its code in the catalogues' rules, e.g. URGENCES." })
  @PrimaryColumn({ type: "varchar", length: 40 })
  code: string;

  @Field(() => ActivityKind, { description: "An authorisation (activité de soins) or a contractual recognition." })
  @Column({ type: "varchar", length: 20 })
  kind: ActivityKind;

  @Field(() => String, { description: "Its name, as the catalogues write it." })
  @Column({ type: "varchar", length: 200 })
  label: string;
}

/** An authorisation or recognition an establishment holds, with its capacity (annex 2). */
@ObjectType({ description: "An authorisation or recognition a health establishment holds (annex 2 of its contract)." })
@Entity("establishment_activity")
@Unique(["establishmentId", "activityCode"])
export class EstablishmentActivity extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Establishment, { onDelete: "CASCADE" })
  @JoinColumn({ name: "establishment_id" })
  establishment?: Establishment;

  @Index()
  @Column({ type: "integer" })
  establishmentId: number;

  @ManyToOne(() => Activity, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "activity_code" })
  activity?: Activity;

  @Column({ type: "varchar", length: 40 })
  activityCode: string;

  @Field(() => Int, { nullable: true, description: "Capacity (beds, places, stations…)." })
  @Column({ type: "integer", nullable: true })
  capacity: number | null;

  @Field(() => String, { nullable: true, description: "What the capacity counts, e.g. lits, places." })
  @Column({ type: "varchar", length: 40, nullable: true })
  capacityUnit: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "Since when it is held." })
  @DateColumn({ nullable: true })
  since: string | null;
}
