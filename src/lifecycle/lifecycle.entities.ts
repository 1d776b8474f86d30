import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { CreatedAtColumn, DateColumn, TimestampColumn, UpdatedAtColumn, Version } from "../core/database/columns";
import { Tracked } from "../core/database/tracked";
import { Contract, ContractStatus } from "../contracts/contract.entities";
import { Department } from "../territory/territory.entities";

// The parties and parts are the contract's life's (contracts/contract-life.ts).
export { ContractPart, SignatoryParty } from "../contracts/contract-life";
import { ContractPart, SignatoryParty } from "../contracts/contract-life";

export enum SignatureStatus {
  /** A department concerned that has not been invited (yet). */
  NOT_SIGNED = "NOT_SIGNED",
  INVITED = "INVITED",
  SIGNED = "SIGNED",
  DECLINED = "DECLINED",
}
registerEnumType(SignatureStatus, { name: "SignatureStatus", description: "Where a party's signature stands.", valuesConfig: { SIGNED: { description: "Signed." }, NOT_SIGNED: { description: "Not signed yet." }, INVITED: { description: "The department is invited to co-sign and has not answered." }, DECLINED: { description: "The department declined to co-sign." } } });

/** A status change of a contract, kept for its history. */
@ObjectType({ description: "A change of a contract's status: from, to, when, who." })
@Entity("contract_status_change")
export class ContractStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Index()
  @Column({ type: "integer" })
  contractId: number;

  @Field(() => ContractStatus, { description: "The status before." })
  @Column({ type: "varchar", length: 20 })
  fromStatus: ContractStatus;

  @Field(() => ContractStatus, { description: "The status after." })
  @Column({ type: "varchar", length: 20 })
  toStatus: ContractStatus;

  @Field(() => Date, { description: "When the status changed." })
  @TimestampColumn()
  changedAt: Date;

  @Field(() => String, { description: "Who changed it." })
  @Column({ type: "varchar", length: 200 })
  changedBy: string;

  @Field(() => String, { description: "Why, in the words of who changed it.", nullable: true })
  @Column({ type: "text", nullable: true })
  comment: string | null;
}

export enum AmendmentKind {
  /** Avenant: any change to a signed contract. */
  AMENDMENT = "AMENDMENT",
  /** Prorogation: the end date moves, by a year at most, once (medico-social contracts). */
  EXTENSION = "EXTENSION",
  /** Actualisation: a department joins the contract after its signature. */
  ACTUALISATION = "ACTUALISATION",
  /** The yearly amendment of a sanitary contract's financing annex. */
  FINANCING = "FINANCING",
}
registerEnumType(AmendmentKind, {
  name: "AmendmentKind",
  description: "What kind of change an amendment makes to a signed contract.",
  valuesConfig: {
    AMENDMENT: { description: "Avenant: any change to a signed contract." },
    EXTENSION: { description: "Prorogation: the end date moves by a year at most, once (medico-social contracts, CASF L313-11)." },
    ACTUALISATION: { description: "Actualisation: a department joins after signature." },
    FINANCING: { description: "The yearly amendment of a sanitary contract's financing annex (annex 3), opened with its new lines in one step (amendFinancing)." },
  },
});

export enum AmendmentStatus {
  /** Open: the contract's content may be changed under it. */
  OPEN = "OPEN",
  /** Signed by the parties concerned: the changes are in force, the contract is locked again. */
  SIGNED = "SIGNED",
}
registerEnumType(AmendmentStatus, { name: "AmendmentStatus", description: "Where an amendment stands.", valuesConfig: { SIGNED: { description: "Signed by every party: in force, and a new version of the contract." }, OPEN: { description: "Opened, being negotiated or signed; not in force yet." } } });

/** An amendment (avenant) or actualisation of a signed contract, numbered per contract. */
@ObjectType({ description: "An amendment (avenant) or actualisation of a signed contract." })
@Entity("amendment")
@Unique(["contractId", "number"])
export class Amendment extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Index()
  @Column({ type: "integer" })
  contractId: number;

  @Field(() => Int, { description: "1, 2, … per contract; its signature makes contract version N." })
  @Column({ type: "integer" })
  number: number;

  @Field(() => AmendmentKind, { description: "Avenant, actualisation (a department joins) or prorogation (extension)." })
  @Column({ type: "varchar", length: 20 })
  kind: AmendmentKind;

  @Field(() => String, { description: "What the amendment changes, in words." })
  @Column({ type: "text" })
  description: string;

  @Field(() => AmendmentStatus, { description: "Open, or signed (in force)." })
  @Column({ type: "varchar", length: 10 })
  status: AmendmentStatus;

  @Field(() => LocalDateResolver, { description: "When it was opened." })
  @DateColumn()
  openedOn: string;

  @Field(() => LocalDateResolver, { description: "When the last signature made it signed; null while it is open.", nullable: true })
  @DateColumn({ nullable: true })
  signedOn: string | null;

  @ManyToOne(() => Department, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "department_code" })
  department?: Department;

  /** For an actualisation: the department that joins. */
  @Column({ type: "varchar", length: 3, nullable: true })
  departmentCode: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "For an extension: the end date it gives the contract once signed." })
  @DateColumn({ nullable: true })
  newEndDate: string | null;

  @Field(() => ContractPart, { nullable: true, description: "The part it revises (a financing amendment: FINANCING); null: any part." })
  @Column({ type: "varchar", length: 20, nullable: true })
  part: ContractPart | null;
}

/**
 * A party's signature of a contract (amendmentId null) or of one of its amendments.
 * Departments concerned have one each, from their invitation on.
 */
@ObjectType({ description: "A party's signature of a contract or of an amendment." })
@Entity("signature")
@Index(["contractId", "amendmentId"])
export class Signature {
  /** 0 for a party with no record yet (its GraphQL id is then made of the contract and the party: lifecycle.resolver.ts). */
  @PrimaryGeneratedColumn()
  id: number;

  // Not Tracked's fields: a party that has not signed yet has no record, so no dates.
  @Field(() => Date, { nullable: true, description: "When it was recorded; null while the party has no record (NOT_SIGNED)." })
  @CreatedAtColumn()
  createdAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When it last changed; null while the party has no record." })
  @UpdatedAtColumn()
  updatedAt: Date | null;

  @Field(() => Int, { description: "Optimistic-lock version; 0 while the party has no record." })
  @Version()
  version: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Column({ type: "integer" })
  contractId: number;

  @ManyToOne(() => Amendment, { onDelete: "CASCADE", nullable: true })
  @JoinColumn({ name: "amendment_id" })
  amendment?: Amendment;

  @Column({ type: "integer", nullable: true })
  amendmentId: number | null;

  @Field(() => ContractPart, { description: "What is signed: the base (all of a medico-social contract, and amendments), or an annex of a sanitary contract." })
  @Column({ type: "varchar", length: 20, default: ContractPart.BASE })
  part: ContractPart;

  @Field(() => SignatoryParty, { description: "Who signs." })
  @Column({ type: "varchar", length: 20 })
  party: SignatoryParty;

  @Field(() => String, { nullable: true, description: "For a department: its code." })
  @Column({ type: "varchar", length: 3, nullable: true })
  departmentCode: string | null;

  @Field(() => SignatureStatus, { description: "Where the signature stands." })
  @Column({ type: "varchar", length: 20 })
  status: SignatureStatus;

  @Field(() => LocalDateResolver, { description: "When it was signed.", nullable: true })
  @DateColumn({ nullable: true })
  signedOn: string | null;

  @Field(() => String, { description: "Who signed, by name.", nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  signedBy: string | null;

  @Field(() => String, { nullable: true, description: "Why a department declined." })
  @Column({ type: "text", nullable: true })
  reason: string | null;
}

/** The contract's content as it stood at its signature (version 0), after each amendment, and when an annex signed later came into force. */
@ObjectType({ description: "The contract's content at a version: 0 when its base came into force, then one for each amendment signed and each annex signed after the base." })
@Entity("contract_version")
@Unique(["contractId", "number"])
export class ContractVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Column({ type: "integer" })
  contractId: number;

  @Field(() => Int, { description: "0 for the contract as signed, then 1, 2… in the order they came into force." })
  @Column({ type: "integer" })
  number: number;

  @Column({ type: "integer", nullable: true })
  amendmentId: number | null;

  @Field(() => ContractPart, { nullable: true, description: "The annex that came into force with this version, when it was signed after the base." })
  @Column({ type: "varchar", length: 20, nullable: true })
  part: ContractPart | null;

  @Field(() => LocalDateResolver, { description: "When this version came into force." })
  @DateColumn()
  date: string;

  /** The content (modules, themes, actions; objectives, indicators, financing) as plain data. */
  @Column({ type: "simple-json" })
  content: Record<string, unknown>;
}

/**
 * What a department expects of the plans of the contracts it signs (e.g. Saône-et-Loire:
 * an action addressing the transition between life stages), as data: a plan meets it when
 * an action has one of `themeCodes`, or mentions one of `keywords` in its title or description.
 */
@ObjectType({ description: "What a department expects of the action plans of the contracts it signs." })
@Entity("department_expectation")
@Unique(["departmentCode", "code"])
export class DepartmentExpectation extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Department, { onDelete: "CASCADE" })
  @JoinColumn({ name: "department_code" })
  department?: Department;

  @Field(() => String, { description: "The department whose expectation it is." })
  @Column({ type: "varchar", length: 3 })
  departmentCode: string;

  @Field(() => String, { description: "Its code, unique within the department." })
  @Column({ type: "varchar", length: 60 })
  code: string;

  @Field(() => String, { description: "What the department expects of the organisations it co-signs with." })
  @Column({ type: "text" })
  description: string;

  @Field(() => [String], { description: "Theme codes an action may have to meet it." })
  @Column({ type: "simple-json" })
  themeCodes: string[];

  @Field(() => [String], { description: "Words an action's title or description may contain to meet it (accents and case ignored)." })
  @Column({ type: "simple-json" })
  keywords: string[];
}
