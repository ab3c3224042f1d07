import 'server-only';
import { cache } from 'react';
import { stringify } from 'yaml';
import { graphql } from '@/generated/graphql';
import type { ProductPageQuery } from '@/generated/graphql/graphql';
import { requestGraphQL } from '@/lib/api';
import { GraphQLRequestError } from '@/lib/graphql';

const productPageQuery = graphql(`
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
        ...PortSchemaFields
        ...PortContractFields
        ...PortObjectiveFields
        ...PortSubscriberFields
        consumers {
          id
          name
          product {
            ...LineageProductFields
          }
        }
      }
      incidents(first: 20) {
        totalCount
        nodes {
          ...IncidentFields
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
    mySubscriptions(statuses: [PENDING, APPROVED], first: 50) {
      nodes {
        id
        status
        requestedAt
        expiresAt
        renewalRequestedAt
        consumerTeam {
          name
        }
        port {
          id
        }
      }
    }
  }

  fragment LineageProductFields on DataProduct {
    id
    slug
    name
    status
    team {
      name
    }
  }
`);

export type ProductPage = NonNullable<ProductPageQuery['dataProduct']>;
export type ProductOutputPort = ProductPage['outputPorts'][number];
/** The viewer's teams' pending and approved subscriptions, for "requested" and "approved" notes. */
export type ViewerSubscription = ProductPageQuery['mySubscriptions']['nodes'][number];

/**
 * What the product page shows, or null when the product is missing or hidden from the viewer.
 * Cached per request: the page's metadata and body share one API call.
 */
export const loadProductPage = cache(async function loadProductPage(slug: string): Promise<{
  product: ProductPage;
  descriptorYaml: string | null;
  mySubscriptions: readonly ViewerSubscription[];
} | null> {
  try {
    const { dataProduct, dataProductDescriptor, mySubscriptions } = await requestGraphQL(productPageQuery, { slug });
    if (!dataProduct) return null;
    const portIds = new Set(dataProduct.outputPorts.map((port) => port.id));
    return {
      product: dataProduct,
      descriptorYaml: dataProductDescriptor ? descriptorToYaml(dataProductDescriptor) : null,
      mySubscriptions: mySubscriptions.nodes.filter((subscription) => portIds.has(subscription.port.id)),
    };
  } catch (error) {
    // Missing and hidden (another team's draft) answer NOT_FOUND alike; the page says "not found" alike.
    if (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
});

const descriptorQuery = graphql(`
  query ProductDescriptor($slug: String!) {
    dataProductDescriptor(slug: $slug)
  }
`);

/** The descriptor as the YAML a team keeps in its repository, or null when not found. */
export async function loadDescriptorYaml(slug: string): Promise<string | null> {
  try {
    const { dataProductDescriptor } = await requestGraphQL(descriptorQuery, { slug });
    return dataProductDescriptor ? descriptorToYaml(dataProductDescriptor) : null;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

function descriptorToYaml(descriptor: Record<string, unknown>): string {
  return stringify(descriptor, { lineWidth: 0 });
}
