import { Field, Int, ObjectType, ArgsType, type FieldMiddleware } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { DomainError, ErrorCategory } from './domain-error';

/**
 * Relay cursor connections. Cursors are opaque to clients: base64url JSON of the keyset
 * values of the row they point at, so paging is stable while rows are added.
 */
export type CursorKey = readonly (string | number | boolean | null)[];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.every((part) => part === null || ['string', 'number', 'boolean'].includes(typeof part))
    ) {
      return value as CursorKey;
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError(ErrorCategory.VALIDATION_FAILED, 'INVALID_CURSOR', 'The cursor is not valid', [
    { path: 'cursor', message: 'not a cursor this API issued' },
  ]);
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'Returns the first n items after `after`.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor: items after this one.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Returns the last n items before `before`.' })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'A cursor: items before this one.' })
  before?: string | null;
}

export interface PageRequest {
  /** forward reads in the list's order from `cursor`; backward reads in reverse from it. */
  readonly direction: 'forward' | 'backward';
  readonly limit: number;
  readonly cursor: CursorKey | null;
}

export interface PageSizeLimits {
  readonly defaultSize: number;
  readonly maxSize: number;
}

const DEFAULT_LIMITS: PageSizeLimits = { defaultSize: 20, maxSize: 100 };

function invalid(path: string, message: string): DomainError {
  return new DomainError(
    ErrorCategory.VALIDATION_FAILED,
    'INVALID_PAGE_ARGUMENTS',
    `Invalid paging arguments: ${path} ${message}`,
    [{ path, message }],
  );
}

/** Turns first/after/last/before into one keyset page request, refusing contradictory input. */
export function toPageRequest(args: ConnectionArgs, limits: PageSizeLimits = DEFAULT_LIMITS): PageRequest {
  const { first, after, last, before } = args;
  if (first != null && last != null) throw invalid('first', 'cannot be combined with last');
  if (after != null && before != null) throw invalid('after', 'cannot be combined with before');
  if (last != null || before != null) {
    if (first != null || after != null) throw invalid('last', 'cannot be combined with first or after');
    const limit = last ?? limits.defaultSize;
    if (limit < 0 || limit > limits.maxSize) throw invalid('last', `must be between 0 and ${limits.maxSize}`);
    return { direction: 'backward', limit, cursor: before != null ? decodeCursor(before) : null };
  }
  const limit = first ?? limits.defaultSize;
  if (limit < 0 || limit > limits.maxSize) throw invalid('first', `must be between 0 and ${limits.maxSize}`);
  return { direction: 'forward', limit, cursor: after != null ? decodeCursor(after) : null };
}

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface EdgeShape<Node> {
  cursor: string;
  node: Node;
}

export interface ConnectionShape<Node> {
  edges: EdgeShape<Node>[];
  nodes: Node[];
  pageInfo: PageInfoShape;
  /** Resolved only when a client asks for it: graphql-js calls function-valued fields. */
  totalCount: () => Promise<number>;
}

/**
 * Builds a connection from rows fetched with `limit + 1` in the request's direction (the
 * extra row only tells whether another page exists).
 */
export function buildConnection<Row, Node = Row>(
  rows: readonly Row[],
  request: PageRequest,
  options: {
    cursorOf: (row: Row) => CursorKey;
    countTotal: () => Promise<number>;
    toNode?: (row: Row) => Node;
  },
): ConnectionShape<Node> {
  const hasMore = rows.length > request.limit;
  const page = rows.slice(0, request.limit);
  if (request.direction === 'backward') page.reverse();
  const toNode = options.toNode ?? ((row: Row) => row as unknown as Node);
  const edges = page.map((row) => ({ cursor: encodeCursor(options.cursorOf(row)), node: toNode(row) }));
  let total: Promise<number> | undefined;
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: request.direction === 'forward' ? hasMore : request.cursor !== null,
      hasPreviousPage: request.direction === 'backward' ? hasMore : request.cursor !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (total ??= options.countTotal()),
  };
}

@ObjectType({ description: 'Where a page sits in a list, for cursor paging.' })
export class PageInfo implements PageInfoShape {
  @Field({ description: 'Whether more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'Whether items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item on this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item on this page.' })
  endCursor!: string | null;
}

/** totalCount is a function on the connection object, so the count query runs only when selected. */
const callLazyCount: FieldMiddleware = async (_context, next) => {
  const value: unknown = await next();
  return typeof value === 'function' ? (value as () => Promise<number>)() : value;
};

/** Declares `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function Connection<Node>(nodeType: Type<Node>, name = nodeType.name): Type<ConnectionShape<Node>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a list, with its cursor.` })
  class Edge {
    @Field({ description: 'An opaque cursor for this item.' })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${name}.` })
    node!: Node;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items on this page, with cursors.' })
    edges!: Edge[];

    @Field(() => [nodeType], { description: 'The items on this page.' })
    nodes!: Node[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: 'How many items the whole list has, across all pages.',
      middleware: [callLazyCount],
    })
    totalCount!: () => Promise<number>;
  }
  return ConnectionType;
}
