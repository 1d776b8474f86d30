import { Field, ID, InputType, Int } from "type-graphql";
import { TextLength } from "../core/graphql/input-limits";
import { IsBoolean, IsEmail, IsEnum, IsNotEmpty, IsOptional } from "class-validator";
import { Role } from "../core/auth/roles";

@InputType()
export class LoginInput {
  @Field(() => String)
  @IsNotEmpty()
  @TextLength(254)
  email: string;

  @Field(() => String)
  @IsNotEmpty()
  @TextLength(256)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @IsNotEmpty()
  @TextLength(256)
  currentPassword: string;

  @Field(() => String, { description: "At least 8 characters, with an upper-case letter, a lower-case letter, a digit and a special character." })
  @IsNotEmpty()
  @TextLength(256)
  newPassword: string;
}

@InputType({ description: "A new account; its holder must change the temporary password at first login." })
export class CreateUserInput {
  @Field(() => String)
  @IsEmail()
  @TextLength(254)
  email: string;

  @Field(() => String)
  @IsNotEmpty()
  @TextLength(200)
  displayName: string;

  @Field(() => Role, { description: "What the account may do; with its agency, organisation, department or region." })
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: "Agency roles." })
  @IsOptional()
  agencyId?: string | null;

  @Field(() => ID, { nullable: true, description: "ORGANISATION_USER." })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: "DEPARTMENT_USER, or a department VIEWER." })
  @IsOptional()
  departmentCode?: string | null;

  @Field(() => String, { nullable: true, description: "A region VIEWER." })
  @IsOptional()
  regionCode?: string | null;

  @Field(() => String, { description: "Temporary password, to be changed at first login." })
  @IsNotEmpty()
  @TextLength(256)
  temporaryPassword: string;
}

@InputType({ description: "Only the fields given are changed." })
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The version read; the update is refused if someone changed the account since." })
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @TextLength(200)
  displayName?: string;

  @Field(() => Boolean, { nullable: true, description: "False deactivates the account and ends its sessions." })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => String, { nullable: true, description: "A new temporary password, to be changed at next login; ends the account's sessions." })
  @IsOptional()
  @IsNotEmpty()
  @TextLength(256)
  temporaryPassword?: string;
}
