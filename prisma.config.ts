// Prisma 7 reads its datasource from here. `env()` would throw during `prisma generate`
// when DATABASE_URL is unset, so fall back to an empty string: generate never connects.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
