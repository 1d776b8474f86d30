import { Field, Float, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { TimestampColumn } from "../core/database/columns";
import { Tracked } from "../core/database/tracked";
import { CommentTarget } from "../contracts/comment.entities";
import { Contract } from "../contracts/contract.entities";

/**
 * A document attached to a contract or one of its parts ("les documents de l'établissement"
 * of e-CARS, [ARS Q&A 2019-2023]): a signed scan, a deliberation, a diagnostic, the evidence
 * for an indicator. Its bytes are in the document storage (a directory, or an S3 bucket) under
 * `storageKey`; a deleted one stays, marked, for the record.
 */
@ObjectType({ description: "A document attached to a contract or one of its parts: download it at url with the API's Authorization header." })
@Entity("attachment")
@Index(["contractId", "targetType", "targetId"])
export class Attachment extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Column({ type: "integer" })
  contractId: number;

  @Field(() => CommentTarget, { description: "What it is attached to: the contract, or one of its parts (the same targets as comments)." })
  @Column({ type: "varchar", length: 20 })
  targetType: CommentTarget;

  @Field(() => ID, { description: "The id of the part it is attached to (the contract's for CONTRACT)." })
  @Column({ type: "integer" })
  targetId: number;

  @Field(() => String, { description: "What the document is, in the uploader's words (e.g. CPOM signé, délibération du conseil départemental)." })
  @Column({ type: "varchar", length: 500 })
  description: string;

  @Field(() => String, { description: "The file's name, as sent and made safe (no path, no control characters)." })
  @Column({ type: "varchar", length: 200 })
  fileName: string;

  @Field(() => String, { description: "Its type, as its content says (not as the client claimed)." })
  @Column({ type: "varchar", length: 100 })
  mediaType: string;

  @Field(() => Float, { description: "Its size in bytes." })
  @Column({ type: "integer" })
  size: number;

  @Field(() => String, { description: "SHA-256 of its content, hexadecimal: proves the file downloaded is the one uploaded." })
  @Column({ type: "varchar", length: 64 })
  sha256: string;

  @Column({ type: "varchar", length: 200 })
  storageKey: string;

  @Column({ type: "integer", nullable: true })
  uploadedById: number | null;

  @Field(() => String, { description: "Who uploaded it." })
  @Column({ type: "varchar", length: 200 })
  uploadedBy: string;

  @Field(() => Date, { description: "When it was uploaded." })
  @TimestampColumn()
  uploadedAt: Date;

  @Field(() => Date, { nullable: true, description: "When the agency deleted it (it is no longer listed nor downloaded)." })
  @TimestampColumn({ nullable: true })
  deletedAt: Date | null;

  @Field(() => String, { description: "Who in the agency deleted it; null while it is kept.", nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  deletedBy: string | null;

  @Field(() => String, { description: "Why the agency deleted it.", nullable: true })
  @Column({ type: "text", nullable: true })
  deletionReason: string | null;
}
