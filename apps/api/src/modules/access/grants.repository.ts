import { Injectable } from '@nestjs/common';
import type { Grant, PortKind, Prisma } from '../../generated/prisma/client';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { GrantRecord, ProvisioningFailure } from './provisioners';

export type GrantDesired = 'GRANT' | 'REVOKE';

/** A grant with what provisioning it needs: the port's location and the consumer team. */
export interface GrantTarget {
  readonly grant: Grant;
  readonly desired: GrantDesired;
  readonly records: GrantRecord[];
  readonly port: { readonly kind: PortKind; readonly location: Prisma.JsonValue };
  readonly consumerTeam: { readonly id: string; readonly slug: string };
}

/**
 * Grants as the worker sees them. Every write after a provisioner call is conditional on the
 * desired state the call worked for: a revocation that arrived meanwhile is never overwritten
 * with ACTIVE, and its job (serialised behind this one) finds the records to remove.
 */
@Injectable()
export class GrantsRepository {
  constructor(private readonly prisma: PrismaService) {}

  async findTarget(id: string): Promise<GrantTarget | null> {
    const grant = await this.prisma.grant.findUnique({
      where: { id },
      include: {
        subscription: {
          select: {
            port: { select: { kind: true, location: true } },
            consumerTeam: { select: { id: true, slug: true } },
          },
        },
      },
    });
    if (!grant) return null;
    const { subscription, ...row } = grant;
    return {
      grant: row,
      desired: row.desired === 'REVOKE' ? 'REVOKE' : 'GRANT',
      records: Array.isArray(row.records) ? (row.records as unknown as GrantRecord[]) : [],
      port: subscription.port,
      consumerTeam: subscription.consumerTeam,
    };
  }

  /**
   * What the team's other active grants hold: a revocation must leave those bindings alone (a
   * subscription ended and asked for again, whose new grant was made before the old one's removal ran).
   */
  async recordsOfOtherActiveGrants(grantId: string, consumerTeamId: string): Promise<GrantRecord[]> {
    const rows = await this.prisma.grant.findMany({
      where: { id: { not: grantId }, desired: 'GRANT', status: 'ACTIVE', subscription: { consumerTeamId } },
      select: { records: true },
    });
    return rows.flatMap((row) => (Array.isArray(row.records) ? (row.records as unknown as GrantRecord[]) : []));
  }

  /**
   * Hands bindings a removed grant created over to the team's other active grants that hold
   * them too, so the last grant to go removes them (`newlyGranted` on a Postgres USAGE).
   * `keyOf` says which records are the same binding.
   */
  async adoptCreatedRecords(
    grantId: string,
    consumerTeamId: string,
    created: readonly GrantRecord[],
    keyOf: (record: GrantRecord) => string,
  ): Promise<void> {
    const wanted = new Set(created.map(keyOf));
    if (wanted.size === 0) return;
    const rows = await this.prisma.grant.findMany({
      where: { id: { not: grantId }, desired: 'GRANT', status: 'ACTIVE', subscription: { consumerTeamId } },
      select: { id: true, records: true },
      orderBy: { createdAt: 'asc' },
    });
    for (const row of rows) {
      if (!Array.isArray(row.records)) continue;
      let adopted = false;
      const records = (row.records as unknown as GrantRecord[]).map((record) => {
        if (!('newlyGranted' in record) || record.newlyGranted || !wanted.has(keyOf(record))) return record;
        wanted.delete(keyOf(record));
        adopted = true;
        return { ...record, newlyGranted: true };
      });
      if (adopted) {
        await this.prisma.grant.update({
          where: { id: row.id },
          data: { records: records as unknown as Prisma.InputJsonArray },
        });
      }
      if (wanted.size === 0) return;
    }
  }

  /** Granted: ACTIVE with its records; if a revocation came meanwhile, only the records are kept for it. */
  async markGranted(id: string, records: readonly GrantRecord[], at: Date): Promise<void> {
    const stored = records as unknown as Prisma.InputJsonArray;
    const { count } = await this.prisma.grant.updateMany({
      where: { id, desired: 'GRANT' },
      data: {
        status: 'ACTIVE',
        records: stored,
        attempts: { increment: 1 },
        lastError: null,
        lastErrorCode: null,
        lastAttemptAt: at,
        lastVerifiedAt: at,
      },
    });
    if (count === 0) await this.prisma.grant.update({ where: { id }, data: { records: stored } });
  }

  async markRemoved(id: string, at: Date): Promise<void> {
    await this.prisma.grant.updateMany({
      where: { id, desired: 'REVOKE' },
      data: { status: 'REMOVED', attempts: { increment: 1 }, lastError: null, lastErrorCode: null, lastAttemptAt: at },
    });
  }

  async markFailed(id: string, desired: GrantDesired, failure: ProvisioningFailure, at: Date): Promise<void> {
    await this.prisma.grant.updateMany({
      where: { id, desired },
      data: {
        status: 'FAILED',
        attempts: { increment: 1 },
        lastError: failure.message,
        lastErrorCode: failure.code,
        lastAttemptAt: at,
      },
    });
  }

  /** Reconciliation found the grant intact (or restored it): the error of an earlier check is cleared. */
  async markVerified(id: string, at: Date): Promise<void> {
    await this.prisma.grant.updateMany({
      where: { id, desired: 'GRANT', status: 'ACTIVE' },
      data: { lastVerifiedAt: at, lastError: null, lastErrorCode: null },
    });
  }

  /** A check that could not run leaves the grant ACTIVE (it may well be intact) and shows why. */
  async markVerificationFailed(id: string, failure: ProvisioningFailure, at: Date): Promise<void> {
    await this.prisma.grant.updateMany({
      where: { id, desired: 'GRANT', status: 'ACTIVE' },
      data: { lastError: failure.message, lastErrorCode: failure.code, lastAttemptAt: at },
    });
  }

  /**
   * Grants with work left that no job may be carrying: PENDING ones whose enqueue after
   * commit was lost, and FAILED ones whose job ran out of attempts. Enqueueing is
   * deduplicated per grant, so one still queued is not doubled.
   */
  async idsToSweep(unchangedSince: Date, limit: number): Promise<string[]> {
    const rows = await this.prisma.grant.findMany({
      where: { status: { in: ['PENDING', 'FAILED'] }, updatedAt: { lt: unchangedSince } },
      select: { id: true },
      orderBy: { updatedAt: 'asc' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  /** Active grants, least recently verified first, so successive runs cover them all. */
  async idsToVerify(limit: number): Promise<string[]> {
    const rows = await this.prisma.grant.findMany({
      where: { desired: 'GRANT', status: 'ACTIVE' },
      select: { id: true },
      orderBy: [{ lastVerifiedAt: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
      take: limit,
    });
    return rows.map((row) => row.id);
  }
}
