import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { TimestampColumn } from "../core/database/columns";
import { Contract } from "./contract.entities";

export enum CommentTarget {
  CONTRACT = "CONTRACT",
  OBJECTIVE = "OBJECTIVE",
  ACTION = "ACTION",
  INDICATOR = "INDICATOR",
  EVALUATION = "EVALUATION",
  MODULE = "MODULE",
}
registerEnumType(CommentTarget, { name: "CommentTarget", description: "What a comment is about: the contract, or one of its parts." });

/** "Commentaire ARS": an agency officer's comment on a part of a contract, dated and attributed (files 000, 001). */
@ObjectType({ description: "An agency comment on a contract or one of its parts, dated and attributed, visible to the organisation." })
@Entity("contract_comment")
@Index(["contractId", "targetType", "targetId"])
export class ContractComment {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Column({ type: "integer" })
  contractId: number;

  @Field(() => CommentTarget)
  @Column({ type: "varchar", length: 20 })
  targetType: CommentTarget;

  @Field(() => ID, { description: "The id of the part commented on (the contract's for CONTRACT)." })
  @Column({ type: "integer" })
  targetId: number;

  @Field(() => String)
  @Column({ type: "text" })
  text: string;

  @Column({ type: "integer", nullable: true })
  authorId: number | null;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  authorName: string;

  @Field(() => Date)
  @TimestampColumn()
  createdAt: Date;
}
