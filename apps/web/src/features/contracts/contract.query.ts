import 'server-only';
import { graphql } from '@/generated/graphql';
import { requestGraphQL } from '@/lib/api';
import { GraphQLRequestError } from '@/lib/graphql';

const portIdsQuery = graphql(`
  query ProductPortIds($slug: String!) {
    dataProduct(slug: $slug) {
      outputPorts {
        id
        name
      }
    }
  }
`);

const exportContractQuery = graphql(`
  query ExportDataContract($portId: ID!) {
    exportDataContract(portId: $portId, format: YAML)
  }
`);

/** A port's data contract as ODCS YAML, or null when the product, the port or the contract is not there. */
export async function loadContractYaml(slug: string, portName: string): Promise<string | null> {
  try {
    const { dataProduct } = await requestGraphQL(portIdsQuery, { slug });
    const port = dataProduct?.outputPorts.find((candidate) => candidate.name === portName);
    if (!port) return null;
    return (await requestGraphQL(exportContractQuery, { portId: port.id })).exportDataContract;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}
