import { Field, ID, InputType, Int } from "type-graphql";
import { TextLength } from "../core/graphql/input-limits";
import { IsEnum, IsNotEmpty, IsOptional, Matches } from "class-validator";
import { LegalStatus, Sector } from "./organisation.entities";

@InputType()
export class CreateOrganisationInput {
  @Field(() => String)
  @IsNotEmpty()
  @TextLength(200)
  name: string;

  @Field(() => String, { description: "FINESS juridique: 9 characters, spaces ignored." })
  @IsNotEmpty()
  finessJuridique: string;

  @Field(() => LegalStatus, { description: "Public, private non-profit or private for-profit." })
  @IsEnum(LegalStatus)
  legalStatus: LegalStatus;

  @Field(() => String, { description: "INSEE code of the region of the head office." })
  @IsNotEmpty()
  headOfficeRegionCode: string;
}

@InputType({ description: "Only the fields given are changed." })
export class UpdateOrganisationInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The version read; refused if someone changed it since." })
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @TextLength(200)
  name?: string;

  @Field(() => LegalStatus, { description: "Public, private non-profit or private for-profit; empty: unchanged.", nullable: true })
  @IsOptional()
  @IsEnum(LegalStatus)
  legalStatus?: LegalStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  headOfficeRegionCode?: string;
}

@InputType({ description: "A site of an organisation, in a department of the agency's region. The organisation is given by id, or by its FINESS juridique when its head office is in another region (its sites in each region are registered by that region's agency)." })
export class CreateEstablishmentInput {
  @Field(() => ID, { nullable: true, description: "The organisation, if you can see it; or give organisationFinessJuridique." })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: "The organisation's FINESS juridique (a public identifier): for an organisation registered by another region's agency." })
  @IsOptional()
  organisationFinessJuridique?: string | null;

  @Field(() => String, { description: "FINESS géographique: 9 characters, spaces ignored; its prefix must be the establishment's department." })
  @IsNotEmpty()
  finessGeographique: string;

  @Field(() => String)
  @IsNotEmpty()
  @TextLength(200)
  name: string;

  @Field(() => Sector, { nullable: true, description: "ELDERLY (personnes âgées, PA) or DISABLED (personnes handicapées, PH); leave empty for a health establishment." })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector | null;

  @Field(() => String, { description: "Its category, e.g. EHPAD, IME, FAM, MAS, SSIAD, ESAT." })
  @IsNotEmpty()
  @TextLength(100)
  category: string;

  @Field(() => String, { description: "Department code, e.g. \"71\", \"2A\", \"974\"." })
  @IsNotEmpty()
  departmentCode: string;

  @Field(() => String)
  @IsNotEmpty()
  @TextLength(100)
  commune: string;

  @Field(() => String)
  @Matches(/^\d{5}$/, { message: "postalCode must have 5 digits" })
  postalCode: string;
}

@InputType({ description: "Only the fields given are changed." })
export class UpdateEstablishmentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The version read; refused if someone changed it since." })
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @TextLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @TextLength(100)
  category?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty()
  @TextLength(100)
  commune?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: "postalCode must have 5 digits" })
  postalCode?: string;
}
