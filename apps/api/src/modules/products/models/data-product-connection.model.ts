import { Connection } from '../../../infra/graphql/pagination';
import { DataProduct } from './data-product.model';

/** `DataProductConnection` and `DataProductEdge`, declared once for every list of products. */
export const DataProductConnection = Connection(DataProduct);
