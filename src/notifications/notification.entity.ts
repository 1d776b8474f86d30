import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { TimestampColumn } from "../core/database/columns";
import { User } from "../accounts/account.entities";
import { Contract } from "../contracts/contract.entities";

export { NotificationKind } from "./notification-kind";
import { NotificationKind } from "./notification-kind";

/** Tells a user that another party changed a contract they take part in. */
@ObjectType({ description: "A change another party made to one of your contracts." })
@Entity("notification")
@Index(["userId", "readAt"])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Index()
  @Column({ type: "integer" })
  userId: number;

  @ManyToOne(() => Contract, { onDelete: "CASCADE" })
  @JoinColumn({ name: "contract_id" })
  contract?: Contract;

  @Field(() => ID, { description: "The contract it is about." })
  @Column({ type: "integer" })
  contractId: number;

  @Field(() => NotificationKind, { description: "What kind of change it tells of." })
  @Column({ type: "varchar", length: 20 })
  kind: NotificationKind;

  @Field(() => String, { description: "The mutation that made the change." })
  @Column({ type: "varchar", length: 60 })
  operation: string;

  /** What was said, in the default language, as the record; readers get it in theirs (NotificationResolver.message). */
  @Column({ type: "text" })
  message: string;

  @Field(() => String, { description: "Who made the change." })
  @Column({ type: "varchar", length: 200 })
  actorName: string;

  @Field(() => Date)
  @TimestampColumn()
  createdAt: Date;

  @Field(() => Date, { description: "When you read it; null while unread.", nullable: true })
  @TimestampColumn({ nullable: true })
  readAt: Date | null;
}
