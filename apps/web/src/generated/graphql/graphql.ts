/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** OPEN: access is granted at once (PUBLIC and INTERNAL data); APPROVAL_REQUIRED: the owners decide. */
export type AccessMode = 'APPROVAL_REQUIRED' | 'OPEN';

/** Adds a user to a team. */
export type AddTeamMemberInput = {
  /** Their role; MEMBER by default. */
  role?: TeamRole | null | undefined;
  /** The team. */
  teamId: string | number;
  /** The user. */
  userId: string | number;
};

/** What an API token may do: CATALOG_READ, CATALOG_WRITE, FRESHNESS_REPORT, ADMIN. */
export type ApiTokenScope = 'ADMIN' | 'CATALOG_READ' | 'CATALOG_WRITE' | 'FRESHNESS_REPORT';

/** Changes a member's role. */
export type ChangeTeamMemberRoleInput = {
  /** The new role. */
  role: TeamRole;
  /** The team. */
  teamId: string | number;
  /** The member. */
  userId: string | number;
};

/** How sensitive the data is. */
export type Classification = 'CONFIDENTIAL' | 'INTERNAL' | 'PUBLIC' | 'RESTRICTED';

/** A new API token, for the signed-in user or for one of their teams. */
export type CreateApiTokenInput = {
  /** Days until it expires; none means it does not expire. */
  expiresInDays?: number | null | undefined;
  /** What the token is for, such as "orders CI". */
  name: string;
  /** What it may do. */
  scopes: Array<ApiTokenScope>;
  /** Create a team token for this team (team owners and admins). */
  teamId?: string | number | null | undefined;
  /** A team token's role; at most the creator's. Default MEMBER. */
  teamRole?: TeamRole | null | undefined;
};

/** A new business domain (platform admins). */
export type CreateDomainInput = {
  /** What it covers. */
  description?: string | null | undefined;
  /** Display name. */
  name: string;
  /** Unique, URL-safe name. */
  slug: string;
  /** The owning team. */
  teamId: string | number;
};

/** A new team (platform admins). */
export type CreateTeamInput = {
  /** What the team does. */
  description?: string | null | undefined;
  /** Display name. */
  name: string;
  /** Users who become its owners. */
  ownerUserIds?: Array<string | number> | null | undefined;
  /** Unique, URL-safe name. */
  slug: string;
};

/** A new local user (platform admins). */
export type CreateUserInput = {
  /** Display name. */
  displayName: string;
  /** Sign-in address. */
  email: string;
  /** Make the user a platform admin. */
  isPlatformAdmin?: boolean | null | undefined;
  /** An initial password; without one the user cannot sign in yet. */
  password?: string | null | undefined;
};

/** How an output port is read. */
export type PortKind = 'KAFKA_TOPIC' | 'POSTGRES_TABLE';

/** Lifecycle: DRAFT -> PUBLISHED -> DEPRECATED -> RETIRED (DEPRECATED may return to PUBLISHED). */
export type ProductStatus = 'DEPRECATED' | 'DRAFT' | 'PUBLISHED' | 'RETIRED';

/** Removes a member from a team. */
export type RemoveTeamMemberInput = {
  /** The team. */
  teamId: string | number;
  /** The member. */
  userId: string | number;
};

/** The token to revoke. */
export type RevokeApiTokenInput = {
  /** Its id. */
  id: string | number;
};

/** Narrows a search; within a field any value matches, across fields all must. An empty list narrows nothing. */
export type SearchFilterInput = {
  /** Products with any of these classifications. */
  classifications?: Array<Classification> | null | undefined;
  /** Products in any of these domains. */
  domainIds?: Array<string | number> | null | undefined;
  /** Products with an output port of any of these kinds. */
  portKinds?: Array<PortKind> | null | undefined;
  /** Products in any of these statuses. */
  statuses?: Array<ProductStatus> | null | undefined;
  /** Products carrying any of these tags. */
  tags?: Array<string> | null | undefined;
  /** Products owned by any of these teams. */
  teamIds?: Array<string | number> | null | undefined;
};

/** The product field a highlight was cut from. */
export type SearchHighlightField = 'NAME' | 'PURPOSE';

/** The order of search results: RELEVANCE (best match first; without a query, as NAME), NAME (A to Z), UPDATED_AT (most recently changed first), POPULARITY (most subscribers first). Ties go by id. */
export type SearchSort = 'NAME' | 'POPULARITY' | 'RELEVANCE' | 'UPDATED_AT';

/** Credentials for a browser session. */
export type SignInInput = {
  /** Sign-in address. */
  email: string;
  /** Password. */
  password: string;
};

/** A member's role in a team: OWNER decides, MEMBER contributes. */
export type TeamRole = 'MEMBER' | 'OWNER';

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;

export type AdminCreateUserMutation = { createUser: { user: { id: string; email: string } } };

export type AdminCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;

export type AdminCreateTeamMutation = { createTeam: { team: { slug: string; name: string } } };

export type AdminCreateDomainMutationVariables = Exact<{
  input: CreateDomainInput;
}>;

export type AdminCreateDomainMutation = { createDomain: { domain: { slug: string; name: string } } };

export type AdminOverviewQueryVariables = Exact<{
  usersFirst?: number | null | undefined;
  usersAfter?: string | null | undefined;
  usersLast?: number | null | undefined;
  usersBefore?: string | null | undefined;
}>;

export type AdminOverviewQuery = {
  users: {
    totalCount: number;
    nodes: Array<{ id: string; email: string; displayName: string; isPlatformAdmin: boolean }>;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
  teams: {
    totalCount: number;
    nodes: Array<{ id: string; slug: string; name: string; members: Array<{ role: TeamRole }> }>;
  };
  domains: {
    totalCount: number;
    nodes: Array<{ id: string; slug: string; name: string; team: { slug: string; name: string } }>;
  };
};

export type ProductCardFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  status: ProductStatus;
  classification: Classification;
  tags: Array<string>;
  purpose: string;
  team: { slug: string; name: string };
  domain: { slug: string; name: string };
};

export type DomainPageQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type DomainPageQuery = {
  domain: {
    id: string;
    slug: string;
    name: string;
    description: string;
    team: { slug: string; name: string };
    products: {
      totalCount: number;
      nodes: Array<{
        id: string;
        slug: string;
        name: string;
        status: ProductStatus;
        classification: Classification;
        tags: Array<string>;
        purpose: string;
        team: { slug: string; name: string };
        domain: { slug: string; name: string };
      }>;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
    };
  };
};

export type PageInfoFieldsFragment = {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
};

export type TeamPageQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;

export type TeamPageQuery = {
  team: {
    id: string;
    slug: string;
    name: string;
    description: string;
    domains: Array<{ slug: string; name: string }>;
    members: Array<{ role: TeamRole; user: { id: string; displayName: string } }>;
    products: {
      totalCount: number;
      nodes: Array<{
        id: string;
        slug: string;
        name: string;
        status: ProductStatus;
        classification: Classification;
        tags: Array<string>;
        purpose: string;
        team: { slug: string; name: string };
        domain: { slug: string; name: string };
      }>;
      pageInfo: {
        hasNextPage: boolean;
        hasPreviousPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
    };
  };
};

export type DirectoryUsersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type DirectoryUsersQuery = {
  users: {
    totalCount: number;
    nodes: Array<{ id: string; email: string; displayName: string; isPlatformAdmin: boolean }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type PlatformStatusQueryVariables = Exact<{ [key: string]: never }>;

export type PlatformStatusQuery = {
  apiInfo: {
    version: string;
    environment: string;
    workerHeartbeatAt: string | null;
    integrations: Array<{ name: string; configured: boolean }>;
  };
};

export type ProductPageQueryVariables = Exact<{
  slug: string;
}>;

export type ProductPageQuery = {
  dataProductDescriptor: Record<string, unknown> | null;
  dataProduct: {
    id: string;
    slug: string;
    name: string;
    status: ProductStatus;
    classification: Classification;
    accessMode: AccessMode;
    purpose: string;
    usage: string;
    limitations: string;
    tags: Array<string>;
    createdAt: string;
    updatedAt: string;
    publishedAt: string | null;
    deprecatedAt: string | null;
    sunsetAt: string | null;
    retiredAt: string | null;
    subscriberCount: number;
    supportLinks: Array<{ channel: string | null; url: string; tool: string | null; description: string | null }>;
    team: { id: string; slug: string; name: string };
    domain: { slug: string; name: string };
    replacement: { slug: string; name: string; status: ProductStatus } | null;
    outputPorts: Array<{
      id: string;
      name: string;
      kind: PortKind;
      description: string;
      connectionDetails: { kind: PortKind; location: Record<string, unknown> } | null;
      consumers: Array<{
        id: string;
        name: string;
        product: { id: string; slug: string; name: string; status: ProductStatus; team: { name: string } };
      }>;
    }>;
    inputPorts: Array<{
      id: string;
      name: string;
      description: string;
      sourcePort: {
        id: string;
        name: string;
        kind: PortKind;
        product: { id: string; slug: string; name: string; status: ProductStatus; team: { name: string } };
      } | null;
    }>;
  } | null;
};

export type LineageProductFieldsFragment = {
  id: string;
  slug: string;
  name: string;
  status: ProductStatus;
  team: { name: string };
};

export type ProductDescriptorQueryVariables = Exact<{
  slug: string;
}>;

export type ProductDescriptorQuery = { dataProductDescriptor: Record<string, unknown> | null };

export type SearchProductsQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: SearchFilterInput | null | undefined;
  sort?: SearchSort | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type SearchProductsQuery = {
  searchDataProducts: {
    totalCount: number;
    edges: Array<{
      cursor: string;
      highlights: Array<{ field: SearchHighlightField; snippet: string }>;
      node: {
        id: string;
        slug: string;
        name: string;
        status: ProductStatus;
        classification: Classification;
        tags: Array<string>;
        purpose: string;
        team: { slug: string; name: string };
        domain: { slug: string; name: string };
      };
    }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    facets: {
      domains: Array<{ value: string; label: string; count: number }>;
      teams: Array<{ value: string; label: string; count: number }>;
      tags: Array<{ value: string; label: string; count: number }>;
      classifications: Array<{ value: string; label: string; count: number }>;
      statuses: Array<{ value: string; label: string; count: number }>;
      portKinds: Array<{ value: string; label: string; count: number }>;
    };
  };
};

export type FacetBucketFieldsFragment = { value: string; label: string; count: number };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = { signIn: { csrfToken: string; expiresAt: string; user: { id: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never }>;

export type SignOutMutation = { signOut: { signedOut: boolean } };

export type ViewerQueryVariables = Exact<{ [key: string]: never }>;

export type ViewerQuery = {
  me: {
    user: { id: string; displayName: string; email: string; isPlatformAdmin: boolean } | null;
    memberships: Array<{ role: TeamRole; team: { id: string; slug: string; name: string } }>;
  };
};

export type AddTeamMemberMutationVariables = Exact<{
  input: AddTeamMemberInput;
}>;

export type AddTeamMemberMutation = { addTeamMember: { team: { id: string } } };

export type ChangeTeamMemberRoleMutationVariables = Exact<{
  input: ChangeTeamMemberRoleInput;
}>;

export type ChangeTeamMemberRoleMutation = { changeTeamMemberRole: { team: { id: string } } };

export type RemoveTeamMemberMutationVariables = Exact<{
  input: RemoveTeamMemberInput;
}>;

export type RemoveTeamMemberMutation = { removeTeamMember: { team: { id: string } } };

export type TeamSettingsQueryVariables = Exact<{
  slug: string;
}>;

export type TeamSettingsQuery = {
  team: {
    id: string;
    slug: string;
    name: string;
    members: Array<{ role: TeamRole; createdAt: string; user: { id: string; displayName: string; email: string } }>;
  };
  users: { nodes: Array<{ id: string; email: string; displayName: string }> };
};

export type TeamTokenHistoryQueryVariables = Exact<{
  teamId: string | number;
}>;

export type TeamTokenHistoryQuery = {
  auditEvents: { nodes: Array<{ action: string; entityId: string; occurredAt: string; after: unknown }> };
};

export type MyApiTokensQueryVariables = Exact<{ [key: string]: never }>;

export type MyApiTokensQuery = {
  myApiTokens: Array<{
    id: string;
    name: string;
    prefix: string;
    scopes: Array<ApiTokenScope>;
    createdAt: string;
    expiresAt: string | null;
    lastUsedAt: string | null;
    revokedAt: string | null;
  }>;
};

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;

export type CreateApiTokenMutation = { createApiToken: { token: string; apiToken: { id: string; prefix: string } } };

export type RevokeApiTokenMutationVariables = Exact<{
  input: RevokeApiTokenInput;
}>;

export type RevokeApiTokenMutation = { revokeApiToken: { apiToken: { id: string; revokedAt: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ProductCardFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment ProductCardFields on DataProduct {
  id
  slug
  name
  status
  classification
  tags
  purpose
  team {
    slug
    name
  }
  domain {
    slug
    name
  }
}
    `,
  { fragmentName: 'ProductCardFields' },
) as unknown as TypedDocumentString<ProductCardFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}
    `,
  { fragmentName: 'PageInfoFields' },
) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const LineageProductFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment LineageProductFields on DataProduct {
  id
  slug
  name
  status
  team {
    name
  }
}
    `,
  { fragmentName: 'LineageProductFields' },
) as unknown as TypedDocumentString<LineageProductFieldsFragment, unknown>;
export const FacetBucketFieldsFragmentDoc = new TypedDocumentString(
  `
    fragment FacetBucketFields on SearchFacetBucket {
  value
  label
  count
}
    `,
  { fragmentName: 'FacetBucketFields' },
) as unknown as TypedDocumentString<FacetBucketFieldsFragment, unknown>;
export const AdminCreateUserDocument = new TypedDocumentString(`
    mutation AdminCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminCreateTeamDocument = new TypedDocumentString(`
    mutation AdminCreateTeam($input: CreateTeamInput!) {
  createTeam(input: $input) {
    team {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateTeamMutation, AdminCreateTeamMutationVariables>;
export const AdminCreateDomainDocument = new TypedDocumentString(`
    mutation AdminCreateDomain($input: CreateDomainInput!) {
  createDomain(input: $input) {
    domain {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateDomainMutation, AdminCreateDomainMutationVariables>;
export const AdminOverviewDocument = new TypedDocumentString(`
    query AdminOverview($usersFirst: Int, $usersAfter: String, $usersLast: Int, $usersBefore: String) {
  users(
    first: $usersFirst
    after: $usersAfter
    last: $usersLast
    before: $usersBefore
  ) {
    totalCount
    nodes {
      id
      email
      displayName
      isPlatformAdmin
    }
    pageInfo {
      ...PageInfoFields
    }
  }
  teams(first: 100) {
    totalCount
    nodes {
      id
      slug
      name
      members {
        role
      }
    }
  }
  domains(first: 100) {
    totalCount
    nodes {
      id
      slug
      name
      team {
        slug
        name
      }
    }
  }
}
    fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<AdminOverviewQuery, AdminOverviewQueryVariables>;
export const DomainPageDocument = new TypedDocumentString(`
    query DomainPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
  domain(slug: $slug) {
    id
    slug
    name
    description
    team {
      slug
      name
    }
    products(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      nodes {
        ...ProductCardFields
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
}
    fragment ProductCardFields on DataProduct {
  id
  slug
  name
  status
  classification
  tags
  purpose
  team {
    slug
    name
  }
  domain {
    slug
    name
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<DomainPageQuery, DomainPageQueryVariables>;
export const TeamPageDocument = new TypedDocumentString(`
    query TeamPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
  team(slug: $slug) {
    id
    slug
    name
    description
    domains {
      slug
      name
    }
    members {
      role
      user {
        id
        displayName
      }
    }
    products(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      nodes {
        ...ProductCardFields
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
}
    fragment ProductCardFields on DataProduct {
  id
  slug
  name
  status
  classification
  tags
  purpose
  team {
    slug
    name
  }
  domain {
    slug
    name
  }
}
fragment PageInfoFields on PageInfo {
  hasNextPage
  hasPreviousPage
  startCursor
  endCursor
}`) as unknown as TypedDocumentString<TeamPageQuery, TeamPageQueryVariables>;
export const DirectoryUsersDocument = new TypedDocumentString(`
    query DirectoryUsers($first: Int!, $after: String) {
  users(first: $first, after: $after) {
    totalCount
    nodes {
      id
      email
      displayName
      isPlatformAdmin
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<DirectoryUsersQuery, DirectoryUsersQueryVariables>;
export const PlatformStatusDocument = new TypedDocumentString(`
    query PlatformStatus {
  apiInfo {
    version
    environment
    integrations {
      name
      configured
    }
    workerHeartbeatAt
  }
}
    `) as unknown as TypedDocumentString<PlatformStatusQuery, PlatformStatusQueryVariables>;
export const ProductPageDocument = new TypedDocumentString(`
    query ProductPage($slug: String!) {
  dataProduct(slug: $slug) {
    id
    slug
    name
    status
    classification
    accessMode
    purpose
    usage
    limitations
    tags
    createdAt
    updatedAt
    publishedAt
    deprecatedAt
    sunsetAt
    retiredAt
    subscriberCount
    supportLinks {
      channel
      url
      tool
      description
    }
    team {
      id
      slug
      name
    }
    domain {
      slug
      name
    }
    replacement {
      slug
      name
      status
    }
    outputPorts {
      id
      name
      kind
      description
      connectionDetails {
        kind
        location
      }
      consumers {
        id
        name
        product {
          ...LineageProductFields
        }
      }
    }
    inputPorts {
      id
      name
      description
      sourcePort {
        id
        name
        kind
        product {
          ...LineageProductFields
        }
      }
    }
  }
  dataProductDescriptor(slug: $slug)
}
    fragment LineageProductFields on DataProduct {
  id
  slug
  name
  status
  team {
    name
  }
}`) as unknown as TypedDocumentString<ProductPageQuery, ProductPageQueryVariables>;
export const ProductDescriptorDocument = new TypedDocumentString(`
    query ProductDescriptor($slug: String!) {
  dataProductDescriptor(slug: $slug)
}
    `) as unknown as TypedDocumentString<ProductDescriptorQuery, ProductDescriptorQueryVariables>;
export const SearchProductsDocument = new TypedDocumentString(`
    query SearchProducts($query: String, $filter: SearchFilterInput, $sort: SearchSort, $first: Int, $after: String) {
  searchDataProducts(
    query: $query
    filter: $filter
    sort: $sort
    first: $first
    after: $after
  ) {
    totalCount
    edges {
      cursor
      highlights {
        field
        snippet
      }
      node {
        ...ProductCardFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    facets {
      domains {
        ...FacetBucketFields
      }
      teams {
        ...FacetBucketFields
      }
      tags {
        ...FacetBucketFields
      }
      classifications {
        ...FacetBucketFields
      }
      statuses {
        ...FacetBucketFields
      }
      portKinds {
        ...FacetBucketFields
      }
    }
  }
}
    fragment ProductCardFields on DataProduct {
  id
  slug
  name
  status
  classification
  tags
  purpose
  team {
    slug
    name
  }
  domain {
    slug
    name
  }
}
fragment FacetBucketFields on SearchFacetBucket {
  value
  label
  count
}`) as unknown as TypedDocumentString<SearchProductsQuery, SearchProductsQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    csrfToken
    expiresAt
    user {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    signedOut
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    user {
      id
      displayName
      email
      isPlatformAdmin
    }
    memberships {
      role
      team {
        id
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const AddTeamMemberDocument = new TypedDocumentString(`
    mutation AddTeamMember($input: AddTeamMemberInput!) {
  addTeamMember(input: $input) {
    team {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AddTeamMemberMutation, AddTeamMemberMutationVariables>;
export const ChangeTeamMemberRoleDocument = new TypedDocumentString(`
    mutation ChangeTeamMemberRole($input: ChangeTeamMemberRoleInput!) {
  changeTeamMemberRole(input: $input) {
    team {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeTeamMemberRoleMutation, ChangeTeamMemberRoleMutationVariables>;
export const RemoveTeamMemberDocument = new TypedDocumentString(`
    mutation RemoveTeamMember($input: RemoveTeamMemberInput!) {
  removeTeamMember(input: $input) {
    team {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<RemoveTeamMemberMutation, RemoveTeamMemberMutationVariables>;
export const TeamSettingsDocument = new TypedDocumentString(`
    query TeamSettings($slug: String!) {
  team(slug: $slug) {
    id
    slug
    name
    members {
      role
      createdAt
      user {
        id
        displayName
        email
      }
    }
  }
  users(first: 100) {
    nodes {
      id
      email
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<TeamSettingsQuery, TeamSettingsQueryVariables>;
export const TeamTokenHistoryDocument = new TypedDocumentString(`
    query TeamTokenHistory($teamId: ID!) {
  auditEvents(filter: {teamId: $teamId, entityType: "api_token"}, first: 100) {
    nodes {
      action
      entityId
      occurredAt
      after
    }
  }
}
    `) as unknown as TypedDocumentString<TeamTokenHistoryQuery, TeamTokenHistoryQueryVariables>;
export const MyApiTokensDocument = new TypedDocumentString(`
    query MyApiTokens {
  myApiTokens {
    id
    name
    prefix
    scopes
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<MyApiTokensQuery, MyApiTokensQueryVariables>;
export const CreateApiTokenDocument = new TypedDocumentString(`
    mutation CreateApiToken($input: CreateApiTokenInput!) {
  createApiToken(input: $input) {
    token
    apiToken {
      id
      prefix
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = new TypedDocumentString(`
    mutation RevokeApiToken($input: RevokeApiTokenInput!) {
  revokeApiToken(input: $input) {
    apiToken {
      id
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
