import { Injectable } from '@nestjs/common';
import type DataLoader from 'dataloader';
import type { Domain as DomainRow, Team as TeamRow } from '../../generated/prisma/client';
import type { GraphqlContext } from '../../infra/graphql/loader-registry';
import { buildConnection, toPageRequest, type ConnectionShape } from '../../infra/graphql/pagination';
import { AuthorizationService } from '../authorization/authorization.service';
import { productVisibility } from '../authorization/policy';
import type { Actor } from '../identity/actor';
import { requestContextOf } from '../identity/request-context.decorator';
import { parseListArguments, type DataProductsArgs } from './dto/data-products.args';
import type { DataProduct } from './models/data-product.model';
import type { InputPort, OutputPort } from './models/ports.model';
import { ProductAccess } from './product-access';
import { cursorOf } from './product-list.sql';
import { toDataProduct, toInputPort, toOutputPort } from './product.mapper';
import { PortsRepository } from './ports.repository';
import { productsError } from './products.errors';
import { ProductsRepository, type ListedProductRow, type ProductParent } from './products.repository';
import { isId } from './dto/validation';

function groupBy<Row>(rows: readonly Row[], keyOf: (row: Row) => string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

function byId<Row extends { id: string }>(rows: readonly Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [row.id, row]));
}

const PARENT_KEY: Record<ProductParent, (row: ListedProductRow) => string> = {
  team: (row) => row.teamId,
  domain: (row) => row.domainId,
};

/**
 * Request-scoped DataLoaders for everything reachable from a product, so a page of 100
 * products costs the same number of SQL statements as a page of 10. Each loader applies the
 * viewer's visibility itself: hidden products come back as null (or are left out of lists),
 * whichever path reached them.
 */
@Injectable()
export class ProductLoaders {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly access: ProductAccess,
    private readonly products: ProductsRepository,
    private readonly ports: PortsRepository,
  ) {}

  actorOf(context: GraphqlContext): Actor {
    return requestContextOf(context).actor;
  }

  /** Products by id; null for a missing product or one hidden from the viewer. */
  visibleProduct(context: GraphqlContext): DataLoader<string, DataProduct | null> {
    const actor = this.actorOf(context);
    return context.loaders.get('products.visibleProductById', async (ids: readonly string[]) => {
      const rows = byId(await this.products.findManyByIds(ids));
      return ids.map((id) => {
        const row = rows.get(id);
        return row && this.access.isVisible(actor, row) ? toDataProduct(row) : null;
      });
    });
  }

  domain(context: GraphqlContext): DataLoader<string, DomainRow | null> {
    return context.loaders.get('products.domainById', async (ids: readonly string[]) => {
      const rows = byId(await this.products.domainsByIds(ids));
      return ids.map((id) => rows.get(id) ?? null);
    });
  }

  team(context: GraphqlContext): DataLoader<string, TeamRow | null> {
    return context.loaders.get('products.teamById', async (ids: readonly string[]) => {
      const rows = byId(await this.products.teamsByIds(ids));
      return ids.map((id) => rows.get(id) ?? null);
    });
  }

  /** The output ports of (visible) products, by product id. */
  outputPortsOf(context: GraphqlContext): DataLoader<string, OutputPort[]> {
    return context.loaders.get('products.outputPortsByProductId', async (productIds: readonly string[]) => {
      const groups = groupBy(await this.ports.outputPortsOfProducts(productIds), (row) => row.productId);
      return productIds.map((id) => (groups.get(id) ?? []).map(toOutputPort));
    });
  }

  /** The input ports of (visible) products, by product id. */
  inputPortsOf(context: GraphqlContext): DataLoader<string, InputPort[]> {
    return context.loaders.get('products.inputPortsByProductId', async (productIds: readonly string[]) => {
      const groups = groupBy(await this.ports.inputPortsOfProducts(productIds), (row) => row.productId);
      return productIds.map((id) => (groups.get(id) ?? []).map(toInputPort));
    });
  }

  /** Output ports by id; null when missing or when their product is hidden from the viewer. */
  visibleOutputPort(context: GraphqlContext): DataLoader<string, OutputPort | null> {
    const visibility = productVisibility(this.actorOf(context));
    return context.loaders.get('products.visibleOutputPortById', async (ids: readonly string[]) => {
      const rows = byId(await this.ports.visibleOutputPortsByIds(ids, visibility));
      return ids.map((id) => {
        const row = rows.get(id);
        return row ? toOutputPort(row) : null;
      });
    });
  }

  /**
   * The viewer's teams holding an approved subscription to each port, for `port.readConnection`.
   * One statement per request for all ports, none for a viewer in no team.
   */
  approvedSubscriberTeamIds(context: GraphqlContext): DataLoader<string, string[]> {
    const teamIds = [...this.actorOf(context).teamRoles.keys()];
    return context.loaders.get('products.approvedSubscriberTeamIdsByPortId', async (portIds: readonly string[]) => {
      if (teamIds.length === 0) return portIds.map(() => []);
      const groups = groupBy(await this.ports.approvedSubscribersAmong(portIds, teamIds), (row) => row.portId);
      return portIds.map((id) => (groups.get(id) ?? []).map((row) => row.consumerTeamId));
    });
  }

  /**
   * Whether the viewer may see a port's connection details (`port.readConnection`): the owning
   * team and admins without a lookup, anyone else through an approved subscription of a team.
   * Every path showing a location, a contract's servers or grant records asks this.
   */
  async seesConnectionDetails(context: GraphqlContext, port: { id: string; ownerTeamId: string }): Promise<boolean> {
    const actor = this.actorOf(context);
    if (this.authorization.allows(actor, 'port.readConnection', { teamId: port.ownerTeamId })) return true;
    const subscriberTeamIds = await this.approvedSubscriberTeamIds(context).load(port.id);
    return this.authorization.allows(actor, 'port.readConnection', { teamId: port.ownerTeamId, subscriberTeamIds });
  }

  /** One output port for the `outputPort` query: NOT_FOUND when missing or when its product is hidden. */
  async outputPort(context: GraphqlContext, id: string): Promise<OutputPort> {
    this.authorization.assert(this.actorOf(context), 'product.discover');
    const port = isId(id) ? await this.visibleOutputPort(context).load(id) : null;
    if (!port) throw productsError('OUTPUT_PORT_NOT_FOUND');
    return port;
  }

  /** The input ports reading an output port, of products the viewer can see. */
  visibleConsumers(context: GraphqlContext): DataLoader<string, InputPort[]> {
    const visibility = productVisibility(this.actorOf(context));
    return context.loaders.get('products.visibleConsumersBySourcePortId', async (portIds: readonly string[]) => {
      const groups = groupBy(
        await this.ports.visibleInputPortsBySourcePorts(portIds, visibility),
        (row) => row.sourcePortId,
      );
      return portIds.map((id) => (groups.get(id) ?? []).map(toInputPort));
    });
  }

  /**
   * A team's or a domain's products as a connection. The pages of every team (or domain) in
   * the response that ask with the same arguments are read in one statement, their counts in
   * another; hidden drafts are neither listed nor counted.
   */
  async productsOf(
    context: GraphqlContext,
    parent: ProductParent,
    parentId: string,
    args: DataProductsArgs,
  ): Promise<ConnectionShape<DataProduct>> {
    const actor = this.actorOf(context);
    this.authorization.assert(actor, 'product.discover');
    const { filter, order } = parseListArguments(args);
    const page = toPageRequest(args);
    const visibility = productVisibility(actor);
    const pages = context.loaders.get(
      `products.pageOf:${JSON.stringify([parent, filter, order, page])}`,
      async (ids: readonly string[]) => {
        const rows = await this.products.listPerParent(parent, ids, { filter, order, page, visibility });
        const groups = groupBy(rows, PARENT_KEY[parent]);
        return ids.map((id) => groups.get(id) ?? []);
      },
    );
    const counts = context.loaders.get(
      `products.countOf:${JSON.stringify([parent, filter])}`,
      async (ids: readonly string[]) => {
        const totals = await this.products.countPerParent(parent, ids, filter, visibility);
        return ids.map((id) => totals.get(id) ?? 0);
      },
    );
    const rows = await pages.load(parentId);
    return buildConnection(rows, page, {
      cursorOf: (row) => cursorOf(order, row),
      countTotal: () => counts.load(parentId),
      toNode: toDataProduct,
    });
  }
}
