import { graphql } from '@/generated/graphql';

/** A port's data contract as the product page shows it: SLA, quality rules, terms and support. */
export const portContractFields = graphql(`
  fragment PortContractFields on OutputPort {
    contract {
      contractId
      apiVersion
      version
      status
      name
      importedAt
      slaProperties {
        property
        value
        valueExt
        unit
        element
        driver
        description
      }
      qualityRules {
        name
        description
        type
        dimension
        metric
        severity
        element
        rule
      }
      terms {
        purpose
        usage
        limitations
        billing
        noticePeriod
      }
      support {
        channel
        url
        tool
        scope
        description
      }
    }
  }
`);
