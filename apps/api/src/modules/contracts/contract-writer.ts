import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { AuditService, type TransactionClient } from '../audit/audit.service';
import type { RequestContext } from '../identity/actor';
import { ContractsRepository, type StoredContract } from './contracts.repository';
import type { JsonObject } from './derivation/odcs-element';

/** The port whose contract changes, and what is stored for it now. */
export interface ContractTarget {
  readonly portId: string;
  readonly teamId: string;
  readonly stored: StoredContract | null;
}

/**
 * Stores or removes a port's contract document with its audit event, inside the caller's
 * transaction: importDataContract and descriptor applies write contracts the same way.
 */
@Injectable()
export class ContractWriter {
  constructor(
    private readonly repository: ContractsRepository,
    private readonly audit: AuditService,
  ) {}

  /** Stores `document` (null: removes the contract). Returns false, writing nothing, when nothing changes. */
  async replace(
    tx: TransactionClient,
    request: RequestContext,
    target: ContractTarget,
    document: JsonObject | null,
  ): Promise<{ changed: boolean; stored: StoredContract | null }> {
    const { stored } = target;
    if (document === null) {
      if (!stored) return { changed: false, stored: null };
      await this.repository.deleteContract(tx, target.portId);
      await this.record(tx, request, target, 'delete', stored.id, stored.document, null);
      return { changed: true, stored: null };
    }
    // Key order is not part of a document (jsonb does not keep it); isDeepStrictEqual ignores it.
    if (stored && isDeepStrictEqual(stored.document, document)) return { changed: false, stored };
    const saved = await this.repository.saveContract(tx, target.portId, document);
    await this.record(tx, request, target, 'import', saved.id, stored?.document ?? null, document);
    return { changed: true, stored: saved };
  }

  private record(
    tx: TransactionClient,
    request: RequestContext,
    target: ContractTarget,
    verb: 'import' | 'delete',
    entityId: string,
    before: JsonObject | null,
    after: JsonObject | null,
  ): Promise<void> {
    return this.audit.record(tx, request, {
      action: `data_contract.${verb}`,
      entityType: 'data_contract',
      entityId,
      teamId: target.teamId,
      before: before && { portId: target.portId, document: before },
      after: after && { portId: target.portId, document: after },
    });
  }
}
