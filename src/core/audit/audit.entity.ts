import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { TimestampColumn } from "../database/columns";

export enum AuditAction {
  CREATE = "CREATE",
  UPDATE = "UPDATE",
  DELETE = "DELETE",
}
registerEnumType(AuditAction, { name: "AuditAction" });

@ObjectType({ description: "A changed field, with its value before and after (as JSON)." })
export class FieldChange {
  @Field(() => String)
  field: string;

  @Field(() => String, { nullable: true, description: "JSON of the value before; null when created." })
  old: string | null;

  @Field(() => String, { nullable: true, description: "JSON of the value after; null when deleted." })
  new: string | null;
}

/** One change made by a mutation: who, when, which entity, which fields from what to what. */
@ObjectType({ description: "A change on record: who, when, what entity, and the changed fields." })
@Entity("audit_entry")
@Index(["contractId", "id"])
@Index(["organisationId", "id"])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Date)
  @TimestampColumn()
  occurredAt: Date;

  /** Null for changes made by the system (seeds, command line). */
  @Field(() => ID, { nullable: true })
  @Column({ type: "integer", nullable: true })
  userId: number | null;

  @Field(() => String)
  @Column({ type: "varchar", length: 200 })
  userName: string;

  @Field(() => String, { description: "The mutation that made the change." })
  @Column({ type: "varchar", length: 100 })
  operation: string;

  @Field(() => String)
  @Column({ type: "varchar", length: 60 })
  entityType: string;

  @Field(() => ID)
  @Column({ type: "varchar", length: 60 })
  entityId: string;

  @Field(() => AuditAction)
  @Column({ type: "varchar", length: 10 })
  action: AuditAction;

  @Field(() => [FieldChange])
  @Column({ type: "simple-json" })
  changes: FieldChange[];

  /** The contract the change belongs to, if any: the contract's history. */
  @Column({ type: "integer", nullable: true })
  contractId: number | null;

  @Column({ type: "integer", nullable: true })
  organisationId: number | null;

  @Column({ type: "integer", nullable: true })
  agencyId: number | null;
}
