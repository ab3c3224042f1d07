import type { ApiTokenScope, TeamRole } from '@tessera/contracts';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../../src/generated/prisma/client';
import { scopeToPrisma } from '../../src/modules/identity/scopes';
import { hashPassword, hashToken, newApiToken } from '../../src/modules/identity/secrets';
import { uniqueSuffix } from './environment';

/**
 * Row factories for integration tests: each creates real rows in the suite's own database,
 * with unique names, and returns what a test needs to act as or about them.
 */
export class Factories {
  readonly prisma: PrismaClient;

  constructor(databaseUrl: string) {
    this.prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }) });
  }

  async user(overrides: Partial<Prisma.UserCreateInput> & { password?: string } = {}) {
    const { password, ...data } = overrides;
    const suffix = uniqueSuffix();
    return this.prisma.user.create({
      data: {
        email: `user-${suffix}@example.com`,
        displayName: `User ${suffix}`,
        passwordHash: password ? await hashPassword(password) : null,
        ...data,
      },
    });
  }

  async team(members: { userId: string; role: TeamRole }[] = [], overrides: Partial<Prisma.TeamCreateInput> = {}) {
    const suffix = uniqueSuffix();
    return this.prisma.team.create({
      data: { slug: `team-${suffix}`, name: `Team ${suffix}`, memberships: { create: members }, ...overrides },
    });
  }

  async domain(teamId: string, overrides: Partial<Prisma.DomainUncheckedCreateInput> = {}) {
    const suffix = uniqueSuffix();
    return this.prisma.domain.create({
      data: { slug: `domain-${suffix}`, name: `Domain ${suffix}`, teamId, ...overrides },
    });
  }

  async product(teamId: string, domainId: string, overrides: Partial<Prisma.DataProductUncheckedCreateInput> = {}) {
    const suffix = uniqueSuffix();
    return this.prisma.dataProduct.create({
      data: { slug: `product-${suffix}`, name: `Product ${suffix}`, teamId, domainId, ...overrides },
    });
  }

  async outputPort(productId: string, overrides: Partial<Prisma.OutputPortUncheckedCreateInput> = {}) {
    const suffix = uniqueSuffix();
    return this.prisma.outputPort.create({
      data: {
        productId,
        name: `port-${suffix}`,
        kind: 'KAFKA_TOPIC',
        location: { cluster: 'main', topic: `topic.${suffix}` },
        ...overrides,
      },
    });
  }

  /** A bearer token for a user (all their rights within the scopes) or for a team. */
  async apiToken(
    owner: { userId: string } | { teamId: string; role?: TeamRole },
    scopes: ApiTokenScope[] = ['catalog:read', 'catalog:write'],
  ): Promise<string> {
    const { token, prefix } = newApiToken();
    await this.prisma.apiToken.create({
      data: {
        name: `token ${prefix}`,
        prefix,
        tokenHash: hashToken(token),
        scopes: scopes.map(scopeToPrisma),
        ...('userId' in owner ? { userId: owner.userId } : { teamId: owner.teamId, teamRole: owner.role ?? 'MEMBER' }),
      },
    });
    return token;
  }

  close(): Promise<void> {
    return this.prisma.$disconnect();
  }
}
