import { Injectable } from '@nestjs/common';
import { Prisma, type NotificationChannel, type Team } from '../../generated/prisma/client';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { TransactionClient } from '../audit/audit.service';

export type ChannelRow = NotificationChannel;

export type ChannelCreateData = Pick<
  Prisma.NotificationChannelUncheckedCreateInput,
  'id' | 'teamId' | 'kind' | 'name' | 'settings' | 'secrets'
>;
export type ChannelUpdateData = Pick<
  Prisma.NotificationChannelUncheckedUpdateInput,
  'name' | 'settings' | 'secrets' | 'enabled' | 'disabledReason'
>;

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';
}

/** Notification channels and the teams owning them; the only Prisma user for channels. */
@Injectable()
export class ChannelsRepository {
  constructor(private readonly prisma: PrismaService) {}

  transaction<T>(work: (tx: TransactionClient) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work);
  }

  findById(id: string): Promise<ChannelRow | null> {
    return this.prisma.notificationChannel.findUnique({ where: { id } });
  }

  /** Reads a channel and locks it until the transaction ends, so changes to it apply one after another. */
  async lockById(tx: TransactionClient, id: string): Promise<ChannelRow | null> {
    await tx.$queryRaw`SELECT id FROM notification_channels WHERE id = ${id}::uuid FOR UPDATE`;
    return tx.notificationChannel.findUnique({ where: { id } });
  }

  /** Channels of these teams, by name, for Team.notificationChannels. */
  listByTeamIds(teamIds: readonly string[]): Promise<ChannelRow[]> {
    return this.prisma.notificationChannel.findMany({
      where: { teamId: { in: [...teamIds] } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
  }

  create(tx: TransactionClient, data: ChannelCreateData): Promise<ChannelRow> {
    return tx.notificationChannel.create({ data });
  }

  update(tx: TransactionClient, id: string, data: ChannelUpdateData): Promise<ChannelRow> {
    return tx.notificationChannel.update({ where: { id }, data });
  }

  async delete(tx: TransactionClient, id: string): Promise<void> {
    await tx.notificationChannel.delete({ where: { id } });
  }

  /** Disables an enabled channel; false when it was already disabled (another delivery got there first). */
  async disableIfEnabled(tx: TransactionClient, id: string, reason: string): Promise<boolean> {
    const { count } = await tx.notificationChannel.updateMany({
      where: { id, enabled: true },
      data: { enabled: false, disabledReason: reason },
    });
    return count === 1;
  }

  findTeam(id: string, tx?: TransactionClient): Promise<Team | null> {
    return (tx ?? this.prisma).team.findUnique({ where: { id } });
  }

  teamsByIds(ids: readonly string[]): Promise<Team[]> {
    return this.prisma.team.findMany({ where: { id: { in: [...ids] } } });
  }
}
