import { Field, InputType, Int, registerEnumType } from "type-graphql";
import { TextLength } from "../core/graphql/input-limits";
import { IsEnum, IsOptional, Max, Min } from "class-validator";
import { SortDirection } from "../core/pagination";
import { Sector } from "../organisations/organisation.entities";

@InputType({ description: "Filters combine: region, department and sector apply to the same establishment." })
export class OrganisationFilter {
  @Field(() => String, { nullable: true, description: "Organisations with an establishment in this region." })
  regionCode?: string;

  @Field(() => String, { nullable: true, description: "Organisations with an establishment in this department." })
  departmentCode?: string;

  @Field(() => Sector, { nullable: true, description: "Organisations with an establishment of this sector." })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector;

  @Field(() => String, { nullable: true, description: "Part of the name or FINESS juridique; case and accents ignored." })
  @IsOptional()
  @TextLength(200)
  search?: string;

  @Field(() => Boolean, { nullable: true, description: "Only organisations with a contract, in progress, whose rate is below what its campaign expects for the current contract year." })
  belowTrajectory?: boolean;

  @Field(() => Int, { nullable: true, description: "Only organisations with a medico-social contract and no progress on any action for this many months." })
  @IsOptional()
  @Min(1)
  @Max(120)
  inactiveForMonths?: number;
}

export enum OrganisationSortField {
  NAME = "NAME",
  PROGRESS_RATE = "PROGRESS_RATE",
}
registerEnumType(OrganisationSortField, { name: "OrganisationSortField", description: "What organisations can be ordered by.", valuesConfig: { PROGRESS_RATE: { description: "By progress rate (taux d'avancement)." }, NAME: { description: "By name." } } });

@InputType({ description: "How to order organisations." })
export class OrganisationSort {
  @Field(() => OrganisationSortField, { description: "By name or by progress rate.", defaultValue: OrganisationSortField.NAME })
  @IsEnum(OrganisationSortField)
  field: OrganisationSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: "Organisations without a rate come last either way." })
  @IsEnum(SortDirection)
  direction: SortDirection;
}
