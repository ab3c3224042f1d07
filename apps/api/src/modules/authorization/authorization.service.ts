import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCategory } from '../../infra/graphql/domain-error';
import type { Actor } from '../identity/actor';
import { decide, type Action, type Resource } from './policy';

/** Enforces policy decisions; the first call of every public service method. */
@Injectable()
export class AuthorizationService {
  assert(actor: Actor, action: Action, resource: Resource = {}): void {
    const decision = decide(actor, action, resource);
    if (decision.allowed) return;
    if (decision.code === 'UNAUTHENTICATED') {
      throw new DomainError(
        ErrorCategory.UNAUTHENTICATED,
        'UNAUTHENTICATED',
        'You need to sign in or send an API token',
      );
    }
    throw new DomainError(ErrorCategory.FORBIDDEN, 'FORBIDDEN', `Not allowed: ${decision.reason}`);
  }

  allows(actor: Actor, action: Action, resource: Resource = {}): boolean {
    return decide(actor, action, resource).allowed;
  }

  /**
   * For reads where existence itself is secret (a draft of another team): answer NOT_FOUND,
   * exactly as if the row did not exist.
   */
  assertVisible(actor: Actor, action: Action, resource: Resource, notFound: () => DomainError): void {
    const decision = decide(actor, action, resource);
    if (decision.allowed) return;
    if (decision.code === 'UNAUTHENTICATED') this.assert(actor, action, resource);
    throw notFound();
  }
}
