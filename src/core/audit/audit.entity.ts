import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { TimestampColumn } from "../database/columns";

export enum AuditAction {
  CREATE = "CREATE",
  UPDATE = "UPDATE",
  DELETE = "DELETE",
}
registerEnumType(AuditAction, { name: "AuditAction", description: "What a change did to a record.", valuesConfig: { UPDATE: { description: "Fields of the record changed." }, DELETE: { description: "The record was deleted." }, CREATE: { description: "The record was created." } } });

@ObjectType({ description: "A changed field, with its value before and after (as JSON)." })
export class FieldChange {
  @Field(() => String, { description: "The field's name." })
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

  @Field(() => Date, { description: "When the change was made." })
  @TimestampColumn()
  occurredAt: Date;

  /** Null for changes made by the system (seeds, command line). */
  @Field(() => ID, { description: "The account that made it; null for the system.", nullable: true })
  @Column({ type: "integer", nullable: true })
  userId: number | null;

  @Field(() => String, { description: "Who made it, by name, as it was then." })
  @Column({ type: "varchar", length: 200 })
  userName: string;

  @Field(() => String, { description: "The mutation that made the change." })
  @Column({ type: "varchar", length: 100 })
  operation: string;

  @Field(() => String, { description: "The kind of record changed, e.g. Action, Contract, Signature." })
  @Column({ type: "varchar", length: 60 })
  entityType: string;

  @Field(() => ID, { description: "The id of the record changed." })
  @Column({ type: "varchar", length: 60 })
  entityId: string;

  @Field(() => AuditAction, { description: "Created, changed or deleted." })
  @Column({ type: "varchar", length: 10 })
  action: AuditAction;

  @Field(() => [FieldChange], { description: "The fields that changed, before and after." })
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
