import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { AppException, ErrorKind } from '../errors/app.exception.js';

export const MAX_PAGE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_PAGE}` })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: `first must be between 1 and ${MAX_PAGE}` })
  @Max(MAX_PAGE, { message: `first must be between 1 and ${MAX_PAGE}` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString({ message: 'after must be a cursor' })
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A `{ nodes, pageInfo }` connection type for T. */
export function Paginated<T>(node: Type<T>, name: string): Type<Page<T>> {
  @ObjectType(name)
  class Connection {
    @Field(() => [node])
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return Connection;
}

/**
 * Splits the `first + 1` rows a keyset query fetched into this page and its PageInfo: the extra
 * row only says there is a next page; the cursor is the last row kept.
 */
export function pageOf<Row>(
  rows: readonly Row[],
  first: number,
  cursorOf: (row: Row) => [key: string, id: string],
): { rows: Row[]; pageInfo: PageInfo } {
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    rows: page,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(...cursorOf(last)) : null,
    },
  };
}

/** Opaque keyset cursors: the sort key and the id of the last row seen. */
export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string')) {
      return value as [string, string];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppException(
    ErrorKind.BAD_USER_INPUT,
    'BAD_CURSOR',
    'after is not a valid cursor',
    'after',
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

/**
 * A cursor whose key is a time (as PostgreSQL or toISOString wrote it) and whose id is a uuid:
 * anything else is the client's bad input, not a database error.
 */
export function decodeTimeCursor(cursor: string): [string, string] {
  const [key, id] = decodeCursor(cursor);
  if (!TIME.test(key) || !UUID.test(id)) {
    throw new AppException(
      ErrorKind.BAD_USER_INPUT,
      'BAD_CURSOR',
      'after is not a valid cursor',
      'after',
    );
  }
  return [key, id];
}
