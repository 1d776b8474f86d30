import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from "type-graphql";
import { IsOptional, Max, Min } from "class-validator";
import { badInput } from "./errors";
import { msg } from "./i18n/message";

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

/**
 * A page of a list, asked for in one of two ways that give the same items: by cursor
 * (`first`, `after`: what Relay and Apollo's `relayStylePagination` send) or by offset
 * (`skip`, `take`: for page numbers in a table). Not both at once.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Cursor pagination: how many items to return after \`after\` (1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Cursor pagination: the `endCursor` of the previous page (pageInfo), or an edge's `cursor`; empty: from the start." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "Offset pagination: how many items to skip (default 0). Not with `after`." })
  @IsOptional()
  @Min(0)
  skip?: number | null;

  @Field(() => Int, { nullable: true, description: `Offset pagination: how many items to return (1 to ${MAX_PAGE_SIZE}; default ${DEFAULT_PAGE_SIZE}). Not with \`first\`.` })
  @IsOptional()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  take?: number | null;
}

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, {
  name: "SortDirection",
  description: "Which way to order.",
  valuesConfig: { ASC: { description: "Smallest (or A) first." }, DESC: { description: "Largest (or Z) first." } },
});

export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** Which items a page covers, from its arguments. */
export interface PageWindow {
  skip: number;
  take: number;
}

const CURSOR_PREFIX = "cursor:";

/**
 * Cursors name a position in the list's order. They are opaque to clients (base64), so that
 * the server may move to keys later without breaking them; a list that changes between two
 * pages may shift, as offset pages do.
 */
export function cursorAt(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`, "utf8").toString("base64url");
}

function positionOf(cursor: string): number {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const position = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(position) || position < 0 || cursorAt(position) !== cursor) throw badInput("after", msg`Not a cursor of this list: use an endCursor or an edge's cursor from a previous page`);
  return position;
}

/** The window the arguments ask for; mixing the two ways is refused rather than guessed. */
export function pageWindow(args: PageArgs): PageWindow {
  const cursorWay = args.first != null || args.after != null;
  const offsetWay = args.skip != null || args.take != null;
  if (cursorWay && offsetWay) throw badInput(args.after != null ? "after" : "first", msg`Page either by cursor (first, after) or by offset (skip, take), not both`);
  if (cursorWay) return { skip: args.after != null ? positionOf(args.after) + 1 : 0, take: args.first ?? DEFAULT_PAGE_SIZE };
  return { skip: args.skip ?? 0, take: args.take ?? DEFAULT_PAGE_SIZE };
}

/** One page's answer: its items, and the same as Relay edges with cursors and pageInfo. */
export class ListPage<T> implements Page<T> {
  constructor(
    readonly items: T[],
    readonly totalCount: number,
    private readonly window: PageWindow,
  ) {}

  get edges(): { cursor: string; node: T }[] {
    return this.items.map((node, index) => ({ cursor: cursorAt(this.window.skip + index), node }));
  }

  get pageInfo(): PageInfo {
    const last = this.window.skip + this.items.length - 1;
    return {
      hasNextPage: this.window.skip + this.items.length < this.totalCount,
      hasPreviousPage: this.window.skip > 0,
      startCursor: this.items.length ? cursorAt(this.window.skip) : null,
      endCursor: this.items.length ? cursorAt(last) : null,
    };
  }
}

/** Runs a list's query over the window its arguments ask for. */
export async function paginate<T>(args: PageArgs, list: (skip: number, take: number) => Promise<Page<T>>): Promise<ListPage<T>> {
  const window = pageWindow(args);
  const page = await list(window.skip, window.take);
  return new ListPage(page.items, page.totalCount, window);
}

/** Pages in memory, for lists the domain already holds whole (a contract's comments, say). */
export function pageOf<T>(args: PageArgs, all: T[]): ListPage<T> {
  const window = pageWindow(args);
  return new ListPage(all.slice(window.skip, window.skip + window.take), all.length, window);
}

@ObjectType({ description: "Where a page stands in its list (Relay's PageInfo)." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether items follow this page." })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: "Whether items come before this page." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "The cursor of the page's first item; null for an empty page." })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: "The cursor of the page's last item: pass it as `after` for the next page; null for an empty page." })
  endCursor: string | null;
}

/**
 * The list shape every list query returns: the page's items with the total before paging,
 * and the same items as Relay edges with pageInfo. Named `<Item>List`, with `<Item>Edge`.
 */
export function Paginated<T extends object>(itemType: ClassType<T>, name = itemType.name) {
  @ObjectType(`${name}Edge`, { description: `One ${name} of a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: "This item's position, to page from it (`after`)." })
    cursor: string;

    @Field(() => itemType, { description: "The item." })
    node: T;
  }

  @ObjectType()
  abstract class PaginatedList implements Page<T> {
    @Field(() => [itemType], { description: "The page's items, in the list's order." })
    items: T[];

    @Field(() => Int, { description: "Number of items matching the filter, all pages together." })
    totalCount: number;

    @Field(() => [Edge], { description: "The page's items with their cursors (Relay connection)." })
    edges: Edge[];

    @Field(() => PageInfo, { description: "Where the page stands, and the cursor to ask for the next one." })
    pageInfo: PageInfo;
  }
  return PaginatedList;
}
