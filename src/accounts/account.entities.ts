import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Role } from "../core/auth/roles";
import { TimestampColumn } from "../core/database/columns";
import { Tracked } from "../core/database/tracked";
import { Organisation } from "../organisations/organisation.entities";
import { Agency, Department, Region } from "../territory/territory.entities";

/** A person who logs in, with a role bound to one scope. */
@ObjectType({ description: "A user account: a role bound to a scope (an agency, an organisation, a department or a region)." })
@Entity("app_user")
export class User extends Tracked {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: "The login, in lower case." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Field(() => String, { description: "The name shown to others (histories, comments)." })
  @Column({ type: "varchar", length: 200 })
  displayName: string;

  @Field(() => Role, { description: "What the account may do." })
  @Column({ type: "varchar", length: 30 })
  role: Role;

  @ManyToOne(() => Agency, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "agency_id" })
  agency?: Agency;

  @Index()
  @Column({ type: "integer", nullable: true })
  agencyId: number | null;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "organisation_id" })
  organisation?: Organisation;

  @Index()
  @Column({ type: "integer", nullable: true })
  organisationId: number | null;

  @ManyToOne(() => Department, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "department_code" })
  department?: Department;

  @Column({ type: "varchar", length: 3, nullable: true })
  departmentCode: string | null;

  /** A region VIEWER's region (agency users take their agency's). */
  @ManyToOne(() => Region, { onDelete: "RESTRICT", nullable: true })
  @JoinColumn({ name: "region_code" })
  region?: Region;

  @Column({ type: "varchar", length: 3, nullable: true })
  regionCode: string | null;

  /**
   * The agency that manages the account (its tenant): an agency's own users, and the
   * organisation, department and viewer accounts its admin created. Only that agency's
   * admins see, change or reset the account, and the account sees only that agency's data.
   */
  @ManyToOne(() => Agency, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "managing_agency_id" })
  managingAgency?: Agency;

  @Index()
  @Column({ type: "integer" })
  managingAgencyId: number;

  /** argon2id, OWASP parameters (see password.ts). */
  @Column({ type: "varchar", length: 200 })
  passwordHash: string;

  @Field(() => Boolean, { description: "True while the password set by someone else has not been changed." })
  @Column({ type: "boolean" })
  mustChangePassword: boolean;

  @Field(() => Boolean, { description: "An inactive account cannot log in." })
  @Column({ type: "boolean", default: true })
  active: boolean;
}

/** A login session: the token itself is never stored, only its HMAC. */
@Entity("session")
export class Session {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => User, { onDelete: "CASCADE" })
  @JoinColumn({ name: "user_id" })
  user?: User;

  @Index()
  @Column({ type: "integer" })
  userId: number;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 64 })
  tokenHash: string;

  @TimestampColumn()
  createdAt: Date;

  @TimestampColumn()
  expiresAt: Date;

  @TimestampColumn({ nullable: true })
  revokedAt: Date | null;
}

/**
 * Login attempts counted per key ("account:<email>" or "address:<ip>") over a window that
 * starts with the first attempt, shared by every server process through the database. An
 * attempt is counted, atomically, before its password is checked (login-throttle.ts).
 */
@Entity("login_throttle")
export class LoginThrottle {
  @PrimaryColumn({ type: "varchar", length: 300 })
  key: string;

  /** When the window began (epoch milliseconds, compared in SQL). */
  @Column({ type: "bigint" })
  windowStartMs: string;

  /** Attempts in the window that did not succeed (or are being checked). */
  @Column({ type: "integer" })
  attempts: number;
}
