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
  THEME = "THEME",
  AMENDMENT = "AMENDMENT",
}
registerEnumType(CommentTarget, {
  name: "CommentTarget",
  description: "What a comment is about: the contract, or one of its parts (of either family; ACTION is the contract's own kind of action).",
  valuesConfig: {
    CONTRACT: { description: "The contract itself (targetId left out)." },
    OBJECTIVE: { description: "A strategic objective of a sanitary contract." },
    ACTION: { description: "An action: of annex 1 for a sanitary contract, of a module's plan for a medico-social one." },
    INDICATOR: { description: "An indicator of a sanitary contract." },
    EVALUATION: { description: "An evaluation (mid-term, final, or a medico-social bilan)." },
    MODULE: { description: "A module of a medico-social contract." },
    THEME: { description: "A theme (fiche, brique) selected in one of the medico-social contract's modules: its id in the catalogue." },
    AMENDMENT: { description: "An amendment or actualisation of the contract." },
  },
});

/** "Commentaire ARS": an agency officer's comment on a part of a contract, dated and attributed ([ARS Q&A 2019-2023], [ARS FAQ 2019-2023]; docs/domain.md). */
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

  @Field(() => CommentTarget, { description: "What kind of part it is on; CONTRACT for the contract itself." })
  @Column({ type: "varchar", length: 20 })
  targetType: CommentTarget;

  @Field(() => ID, { description: "The id of the part commented on (the contract's for CONTRACT)." })
  @Column({ type: "integer" })
  targetId: number;

  @Field(() => String, { description: "The comment." })
  @Column({ type: "text" })
  text: string;

  @Column({ type: "integer", nullable: true })
  authorId: number | null;

  @Field(() => String, { description: "Who wrote it, by name." })
  @Column({ type: "varchar", length: 200 })
  authorName: string;

  @Field(() => Date)
  @TimestampColumn()
  createdAt: Date;
}
