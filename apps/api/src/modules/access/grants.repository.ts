import { Injectable } from '@nestjs/common';
import type { Grant, PortKind, Prisma } from '../../generated/prisma/client';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { GrantRecord, ProvisioningFailure } from './provisioners';

export type GrantDesired = 'GRANT' | 'REVOKE';

/** Another grant's id and what it holds. */
export interface HeldGrant {
  readonly id: string;
  readonly records: GrantRecord[];
}

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
   * The team's other active grants, oldest first: a revocation must leave the bindings they
   * hold alone (a subscription ended and asked for again, whose new grant was made before the
   * old one's removal ran; another table in the same schema).
   */
  async otherActiveGrants(grantId: string, consumerTeamId: string): Promise<HeldGrant[]> {
    const rows = await this.prisma.grant.findMany({
      where: { id: { not: grantId }, desired: 'GRANT', status: 'ACTIVE', subscription: { consumerTeamId } },
      select: { id: true, records: true },
      orderBy: { createdAt: 'asc' },
    });
    return rows.map((row) => ({
      id: row.id,
      records: Array.isArray(row.records) ? (row.records as unknown as GrantRecord[]) : [],
    }));
  }

  /** Rewrites an active grant's records (a binding handed over to it); a grant no longer active is left alone. */
  async replaceRecords(id: string, records: readonly GrantRecord[]): Promise<void> {
    await this.prisma.grant.updateMany({
      where: { id, desired: 'GRANT', status: 'ACTIVE' },
      data: { records: records as unknown as Prisma.InputJsonArray },
    });
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
