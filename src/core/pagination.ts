import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from "type-graphql";
import { Max, Min } from "class-validator";

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: "How many items to skip." })
  @Min(0)
  skip: number;

  @Field(() => Int, { defaultValue: 20, description: `How many items to return (1 to ${MAX_PAGE_SIZE}).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  take: number;
}

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, { name: "SortDirection" });

export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** The list shape every list query returns: a page of items and the total before paging. */
export function Paginated<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class PaginatedList implements Page<T> {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int, { description: "Number of items matching the filter, all pages together." })
    totalCount: number;
  }
  return PaginatedList;
}
