import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Finds the repository's `prisma/migrations`, from source, from dist, or from a container. */
export function findMigrationsDirectory(start: string = __dirname): string {
  let current = start;
  for (;;) {
    const candidate = join(current, 'prisma', 'migrations');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) throw new Error(`No prisma/migrations folder above ${start}`);
    current = parent;
  }
}
