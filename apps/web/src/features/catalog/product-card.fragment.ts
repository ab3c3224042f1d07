import { graphql } from '@/generated/graphql';

/** What a product card shows; spread into every list of products. */
export const productCardFields = graphql(`
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
    outputPorts {
      freshnessObjective {
        status
      }
    }
  }
`);
