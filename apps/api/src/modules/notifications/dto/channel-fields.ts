import { z } from 'zod';

/** Shared rules for channel inputs; the URL's scheme and address are checked by the outbound policy. */
export const channelNameSchema = z.string().trim().min(1, 'must not be empty').max(100, 'at most 100 characters');

export const channelUrlSchema = z.string().trim().min(1, 'must not be empty').max(2_048, 'at most 2,048 characters');

/** Addresses are a set: duplicates are dropped, case-insensitively. */
export const recipientsSchema = z
  .array(z.email('not an email address'))
  .min(1, 'give at least one address')
  .max(20, 'at most 20 addresses')
  .transform((addresses) => [...new Map(addresses.map((address) => [address.toLowerCase(), address])).values()]);

/** GraphQL clients send `null` for absent optional fields; zod wants them left out. */
export function withoutNulls(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null));
}
