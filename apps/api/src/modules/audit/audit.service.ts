import { Injectable } from '@nestjs/common';
import type { Prisma } from '../../generated/prisma/client';
import { OutboxService } from '../events/outbox.service';
import type { RequestContext } from '../identity/actor';

/** A Prisma interactive-transaction client: audit rows are written inside the change's own transaction. */
export type TransactionClient = Prisma.TransactionClient;

export interface AuditEntry {
  /** `<entity>.<verb>`, such as data_product.create or team.member_added. */
  readonly action: string;
  readonly entityType: string;
  readonly entityId: string;
  /** The team owning the entity, so the team can read its history. */
  readonly teamId: string | null;
  readonly before: unknown;
  readonly after: unknown;
}

/** Plain JSON for the audit columns: dates as ISO strings, bigints as strings, no undefined. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === null || value === undefined) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? item.toString() : item)),
  ) as Prisma.InputJsonValue;
}

/**
 * Writes the append-only audit log, and the outbox event of every change other systems care
 * about. Only ever called with the transaction of the change: both commit with it or not at all.
 */
@Injectable()
export class AuditService {
  constructor(private readonly outbox: OutboxService) {}

  async record(tx: TransactionClient, context: RequestContext, entry: AuditEntry): Promise<void> {
    const { actor } = context;
    await tx.auditEvent.create({
      data: {
        actorType: actor.type === 'token' ? 'TOKEN' : actor.type === 'user' ? 'USER' : 'SYSTEM',
        actorUserId: actor.userId,
        actorTokenId: actor.tokenId,
        sessionId: actor.sessionId,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        teamId: entry.teamId,
        before: toJson(entry.before),
        after: toJson(entry.after),
        requestId: context.requestId,
      },
    });
    await this.outbox.appendForChange(tx, entry);
  }
}
