import { z } from 'zod';

/**
 * The rules of access requests and their decisions, shared by the API's inputs and the
 * portal's forms so both say the same thing about the same field.
 */

/** What the consumer team will use the data for; the owners decide on it. */
export const accessPurposeSchema = z.string().trim().min(1, 'must not be empty').max(2_000, 'at most 2,000 characters');

/** Why a decision was made (approve, reject, revoke), for the other team and the audit log. */
export const decisionReasonSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(2_000, 'at most 2,000 characters');

/** How many days access lasts once approved, or how many more days a renewal asks for. */
export const accessDurationDaysSchema = z
  .number()
  .int('whole days')
  .min(1, 'at least 1 day')
  .max(730, 'at most 730 days');
