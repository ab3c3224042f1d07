import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { validateDescriptor, type DataProductDescriptor, type ProductStatus } from '@tessera/contracts';
import type { FieldIssue } from '../../infra/graphql/domain-error';
import type { TransactionClient } from '../audit/audit.service';
import { AuthorizationService } from '../authorization/authorization.service';
import type { Action } from '../authorization/policy';
import type { Actor, RequestContext } from '../identity/actor';
import { DescriptorContracts, withoutContracts } from './descriptor-contracts';
import { diffDescriptors, type DescriptorChange } from './descriptor-diff';
import { lifecycleSteps, planApply, type ApplyPlan } from './descriptor-plan';
import {
  descriptorFromSnapshot,
  snapshotFromDescriptor,
  type JsonObject,
  type ProductSnapshot,
} from './descriptor-snapshot';
import { DescriptorWriter, type ResolvedApply } from './descriptor-writer';
import { descriptorsError } from './descriptors.errors';
import {
  DescriptorsRepository,
  type ProductRow,
  type ReferencedProduct,
  type StoredProduct,
} from './descriptors.repository';

export type ApplyOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';

export interface ApplyDescriptorCommand {
  readonly descriptor: unknown;
  readonly dryRun: boolean;
}

export interface ApplyDescriptorResult {
  readonly outcome: ApplyOutcome;
  readonly changes: DescriptorChange[];
  /** null on a dry run that would create the product. */
  readonly dataProduct: ProductRow | null;
}

const STEP_ACTION: Record<ProductStatus, Action | null> = {
  DRAFT: null,
  PUBLISHED: 'product.publish',
  DEPRECATED: 'product.deprecate',
  RETIRED: 'product.retire',
};

/**
 * Data product descriptors: the whole aggregate (product, ports, lineage, lifecycle) applied
 * from one ODPS document as an idempotent upsert, and exported back.
 */
@Injectable()
export class DescriptorsService {
  constructor(
    private readonly authorization: AuthorizationService,
    private readonly repository: DescriptorsRepository,
    private readonly writer: DescriptorWriter,
    private readonly contracts: DescriptorContracts,
  ) {}

  async apply(request: RequestContext, command: ApplyDescriptorCommand): Promise<ApplyDescriptorResult> {
    // Who may change which product is decided below, once the product and team are known.
    this.authorization.assert(request.actor, 'catalog.read');
    const validated = validateDescriptor(command.descriptor);
    if (!validated.ok) throw descriptorsError('INVALID_DESCRIPTOR', undefined, validated.issues);
    const unresolved = this.contracts.unresolvedReferences(validated.descriptor);
    if (unresolved.length > 0) throw descriptorsError('INVALID_DESCRIPTOR', undefined, unresolved);
    const desired = snapshotFromDescriptor(validated.descriptor);

    return this.repository.transaction(async (tx) => {
      await this.repository.lockSlug(tx, desired.slug);
      const stored = await this.repository.findAggregateBySlug(desired.slug, tx);
      const teamId = await this.authorizeOwnership(tx, request.actor, stored, desired);
      const steps = this.authorizeLifecycle(request.actor, stored, desired, teamId);
      const current = stored?.snapshot ?? null;
      // Contracts are compared as exported, both in the desired product's context.
      const contracts = await this.contracts.load(stored, tx);
      const currentView = current && this.contracts.exported(current, desired, contracts);
      const desiredView = this.contracts.exported(desired, desired, contracts);
      const changes = diffDescriptors(
        currentView && descriptorFromSnapshot(currentView),
        descriptorFromSnapshot(desiredView),
      );
      const outcome: ApplyOutcome = changes.length === 0 ? 'UNCHANGED' : stored ? 'UPDATED' : 'CREATED';
      if (outcome === 'UNCHANGED') return { outcome, changes, dataProduct: stored?.row ?? null };
      if (stored?.row.status === 'RETIRED') throw descriptorsError('PRODUCT_RETIRED');

      const plan = planApply(current && withoutContracts(current), withoutContracts(desired));
      const changedContracts = this.contracts.changedPorts(currentView, desiredView);
      if (changedContracts.length > 0) this.authorization.assert(request.actor, 'contract.update', { teamId });
      const resolved = await this.resolveReferences(tx, request.actor, validated.descriptor, stored, desired, plan);
      await this.assertRemovable(tx, stored, plan);
      if (command.dryRun) return { outcome, changes, dataProduct: stored?.row ?? null };

      const dataProduct = await this.writer.write(tx, request, { ...resolved, stored, desired, plan, steps, teamId });
      if (changedContracts.length > 0) {
        const portIds = await this.repository.findOutputPortIds(tx, dataProduct.id);
        await this.contracts.write(tx, request, { teamId, portIds }, desired, changedContracts, contracts);
      }
      return { outcome, changes, dataProduct };
    });
  }

  /** The ODPS document of a product, as `apply` would take it back. */
  async export(request: RequestContext, slug: string): Promise<JsonObject> {
    this.authorization.assert(request.actor, 'catalog.read');
    const stored = await this.repository.findAggregateBySlug(slug);
    if (!stored) throw descriptorsError('PRODUCT_NOT_FOUND');
    const { teamId, status } = stored.row;
    this.authorization.assertVisible(request.actor, 'product.read', { teamId, status }, () =>
      descriptorsError('PRODUCT_NOT_FOUND'),
    );
    // Lineage to a draft the reader may not see stays hidden, here as on every other path.
    const inputPorts = stored.snapshot.inputPorts.filter((port) => {
      const source = stored.inputSources.get(port.name);
      return source !== undefined && this.authorization.allows(request.actor, 'product.read', source);
    });
    const withLocations = this.authorization.allows(request.actor, 'port.readConnection', { teamId });
    const contracts = await this.contracts.load(stored);
    const snapshot = this.contracts.exported({ ...stored.snapshot, inputPorts }, stored.snapshot, contracts, {
      seesConnectionDetails: withLocations,
    });
    return descriptorFromSnapshot(snapshot, { withLocations });
  }

  /**
   * product.update on an existing product (which stays in its team), product.create in the
   * descriptor's team for a new one. Returns the owning team's id.
   */
  private async authorizeOwnership(
    tx: TransactionClient,
    actor: Actor,
    stored: StoredProduct | null,
    desired: ProductSnapshot,
  ): Promise<string> {
    if (stored) {
      this.authorization.assert(actor, 'product.update', { teamId: stored.row.teamId, status: stored.row.status });
      if (stored.snapshot.teamSlug !== desired.teamSlug)
        throw descriptorsError('OWNER_CHANGE_NOT_ALLOWED', undefined, [
          { path: 'team.name', message: `the product belongs to team "${stored.snapshot.teamSlug}"` },
        ]);
      return stored.row.teamId;
    }
    const teamId = await this.repository.findTeamIdBySlug(tx, desired.teamSlug);
    if (!teamId)
      throw descriptorsError('TEAM_NOT_FOUND', undefined, [
        { path: 'team.name', message: `no team "${desired.teamSlug}"` },
      ]);
    this.authorization.assert(actor, 'product.create', { teamId });
    return teamId;
  }

  /** The legal path to the declared status, each step allowed to the actor (publishing needs an OWNER). */
  private authorizeLifecycle(
    actor: Actor,
    stored: StoredProduct | null,
    desired: ProductSnapshot,
    teamId: string,
  ): ProductStatus[] {
    const from = stored?.row.status ?? null;
    const steps = lifecycleSteps(from, desired.status);
    if (!steps)
      throw descriptorsError('INVALID_TRANSITION', `A ${from ?? 'new'} product cannot become ${desired.status}`, [
        { path: 'status', message: `cannot move from ${from ?? 'nothing'} to ${desired.status}` },
      ]);
    let status = from ?? 'DRAFT';
    for (const step of steps) {
      const action = STEP_ACTION[step];
      if (action) this.authorization.assert(actor, action, { teamId, status });
      status = step;
    }
    return steps;
  }

  /** The domain, the replacement and every lineage source, by slug; hidden products count as missing. */
  private async resolveReferences(
    tx: TransactionClient,
    actor: Actor,
    descriptor: DataProductDescriptor,
    stored: StoredProduct | null,
    desired: ProductSnapshot,
    plan: ApplyPlan,
  ): Promise<Pick<ResolvedApply, 'domainId' | 'replacementId' | 'sourcePortIds'>> {
    const domainId = await this.repository.findDomainIdBySlug(tx, desired.domainSlug);
    if (!domainId)
      throw descriptorsError('DOMAIN_NOT_FOUND', undefined, [
        { path: 'domain', message: `no domain "${desired.domainSlug}"` },
      ]);

    const slugs = new Set(desired.inputPorts.map((port) => port.contractId.split('/')[0] ?? ''));
    if (desired.replacementSlug) slugs.add(desired.replacementSlug);
    const products = await this.repository.findReferencedProducts(tx, [...slugs]);
    const visible = (slug: string): ReferencedProduct | undefined => {
      const product = products.get(slug);
      return product && this.authorization.allows(actor, 'product.read', product) ? product : undefined;
    };

    let replacementId: string | null = null;
    if (desired.replacementSlug) {
      const replacement = visible(desired.replacementSlug);
      if (!replacement)
        throw descriptorsError('REPLACEMENT_NOT_FOUND', undefined, [
          { path: 'x-tessera.replacement', message: `no product "${desired.replacementSlug}"` },
        ]);
      // Checked when it is named, not on every later apply: the replacement may move on too.
      if (replacement.status !== 'PUBLISHED' && stored?.snapshot.replacementSlug !== desired.replacementSlug)
        throw descriptorsError('INVALID_REPLACEMENT', undefined, [
          { path: 'x-tessera.replacement', message: `product "${desired.replacementSlug}" is not published` },
        ]);
      replacementId = replacement.id;
    }

    const sourcePortIds = new Map<string, string>();
    const missing: FieldIssue[] = [];
    const retired: FieldIssue[] = [];
    const created = new Set(plan.inputPorts.create.map((port) => port.name));
    for (const [index, port] of (descriptor.inputPorts ?? []).entries()) {
      const [productSlug = '', portName = ''] = port.contractId.split('/');
      const source = visible(productSlug);
      const sourcePortId = source?.outputPorts.get(portName);
      const path = `inputPorts.${index}.contractId`;
      if (!source || !sourcePortId) {
        missing.push({ path, message: `no product "${productSlug}" with an output port "${portName}"` });
        continue;
      }
      // Existing edges to a product that retired since stay; new ones are refused.
      if (source.status === 'RETIRED' && created.has(port.name))
        retired.push({ path, message: `product "${productSlug}" is retired` });
      sourcePortIds.set(port.name, sourcePortId);
    }
    if (missing.length > 0) throw descriptorsError('LINEAGE_SOURCE_NOT_FOUND', undefined, missing);
    if (retired.length > 0) throw descriptorsError('LINEAGE_SOURCE_RETIRED', undefined, retired);
    return { domainId, replacementId, sourcePortIds };
  }

  /**
   * An output port other products read cannot disappear under them; one with subscribers can
   * neither disappear nor move, since its grants were made on the stored location.
   */
  private async assertRemovable(tx: TransactionClient, stored: StoredProduct | null, plan: ApplyPlan): Promise<void> {
    if (!stored) return;
    const removed = plan.outputPorts.remove.flatMap((port) => stored.outputPorts.get(port.name) ?? []);
    const moved = plan.outputPorts.update
      .filter(({ before, after }) => !isDeepStrictEqual(before.location, after.location))
      .flatMap(({ before }) => stored.outputPorts.get(before.name) ?? []);
    if (removed.length === 0 && moved.length === 0) return;
    const consumers = await this.repository.findConsumersOfPorts(
      tx,
      removed.map((port) => port.id),
    );
    const issues = removed.flatMap((port) => {
      const slugs = consumers.get(port.id);
      return slugs
        ? [{ path: 'outputPorts', message: `output port "${port.name}" is read by ${slugs.join(', ')}` }]
        : [];
    });
    if (issues.length > 0) throw descriptorsError('PORT_IN_USE', undefined, issues);
    const subscribed = await this.repository.findPortsWithLiveSubscriptions(
      tx,
      [...removed, ...moved].map((port) => port.id),
    );
    const held = [...removed, ...moved].filter((port) => subscribed.has(port.id));
    if (held.length > 0)
      throw descriptorsError(
        'PORT_HAS_SUBSCRIBERS',
        undefined,
        held.map((port) => ({ path: 'outputPorts', message: `output port "${port.name}" has subscribers` })),
      );
  }
}
