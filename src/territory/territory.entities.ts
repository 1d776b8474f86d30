import { Tracked } from "../core/database/tracked";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";


/** A French region (INSEE code, e.g. "27" for Bourgogne-Franche-Comté). Reference data from seeds/. */
@ObjectType({ description: "A French region (région), identified by its INSEE code." })
@Entity("region")
export class Region {
  /** For client caches, which key objects by `id`: the code, which never changes. */
  @Field(() => ID, { description: "The INSEE code again, under the name client caches key on." })
  get id(): string {
    return this.code;
  }

  @Field(() => String, { description: "INSEE region code, e.g. \"27\"." })
  @PrimaryColumn({ type: "varchar", length: 3 })
  code: string;

  @Field(() => String, { description: "Its name, e.g. Bourgogne-Franche-Comté." })
  @Column({ type: "varchar", length: 100 })
  name: string;
}

/** Département — and its council (conseil départemental, CD), which co-signs medico-social CPOMs. */
@ObjectType({ description: "A département (code \"71\", \"2A\", \"974\"); its council co-signs medico-social CPOMs." })
@Entity("department")
export class Department {
  /** For client caches, which key objects by `id`: the code, which never changes. */
  @Field(() => ID, { description: "The département's code again, under the name client caches key on." })
  get id(): string {
    return this.code;
  }

  @Field(() => String, { description: "Its INSEE code, e.g. \"71\", \"2A\", \"974\"." })
  @PrimaryColumn({ type: "varchar", length: 3 })
  code: string;

  @Field(() => String, { description: "Its name, e.g. Saône-et-Loire." })
  @Column({ type: "varchar", length: 100 })
  name: string;

  @ManyToOne(() => Region, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "region_code" })
  region?: Region;

  @Index()
  @Column({ type: "varchar", length: 3 })
  regionCode: string;
}

/** Agence régionale de santé (ARS): one per region; signs every CPOM of its region. */
@ObjectType({ description: "A regional health agency (ARS); one per region." })
@Entity("agency")
export class Agency extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: "Its name, e.g. ARS Bourgogne-Franche-Comté." })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @ManyToOne(() => Region, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "region_code" })
  region?: Region;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 3 })
  regionCode: string;
}
