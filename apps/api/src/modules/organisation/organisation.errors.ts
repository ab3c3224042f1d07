import { defineErrors, ErrorCategory } from '../../infra/graphql/domain-error';

export const organisationError = defineErrors({
  TEAM_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such team' },
  DOMAIN_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such domain' },
  USER_NOT_FOUND: { category: ErrorCategory.NOT_FOUND, message: 'No such user' },
  TEAM_SLUG_TAKEN: { category: ErrorCategory.CONFLICT, message: 'Another team already has that slug' },
  DOMAIN_SLUG_TAKEN: { category: ErrorCategory.CONFLICT, message: 'Another domain already has that slug' },
  EMAIL_TAKEN: { category: ErrorCategory.CONFLICT, message: 'Another user already has that email address' },
  ALREADY_MEMBER: { category: ErrorCategory.CONFLICT, message: 'The user is already a member of the team' },
  NOT_A_MEMBER: { category: ErrorCategory.NOT_FOUND, message: 'The user is not a member of the team' },
  LAST_OWNER: { category: ErrorCategory.CONFLICT, message: 'A team keeps at least one owner' },
  DOMAIN_IN_USE: { category: ErrorCategory.CONFLICT, message: 'The domain still has data products' },
});
