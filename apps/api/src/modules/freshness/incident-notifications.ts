import type { TeamNotification } from '../notifications/team-notifier';
import { humanDuration } from './duration';
import type { Evaluation } from './evaluation';

export type IncidentTransition = 'breached' | 'check_failed' | 'reminder' | 'recovered';

const TYPE_OF: Record<IncidentTransition, TeamNotification['type']> = {
  breached: 'incident.breached',
  check_failed: 'incident.check_failed',
  reminder: 'incident.reminder',
  recovered: 'incident.recovered',
};

export interface IncidentFacts {
  readonly transition: IncidentTransition;
  readonly incident: { id: string; kind: 'BREACH' | 'CHECK_FAILURE'; openedAt: Date; reminderCount: number };
  readonly objective: {
    id: string;
    warnAfterSeconds: number;
    errorAfterSeconds: number;
    targetPercent: number;
    lastDataAt: Date | null;
  };
  readonly port: { id: string; name: string; kind: string };
  readonly product: { id: string; slug: string; name: string };
  readonly evaluation: Evaluation;
  readonly checkedAt: Date;
  readonly portalUrl: string;
}

/**
 * The idempotency key of one transition of one incident: with the channel it keys the
 * delivery, so a check retried after a crash never notifies twice.
 */
export function transitionKey(incidentId: string, transition: IncidentTransition, reminder: number): string {
  return transition === 'reminder'
    ? `incident:${incidentId}:reminder:${reminder}`
    : `incident:${incidentId}:${transition}`;
}

function headline(facts: IncidentFacts): string {
  const { evaluation, objective, incident } = facts;
  const subject = `${facts.product.name} / ${facts.port.name}`;
  const staleness =
    evaluation.ageSeconds !== null
      ? `${humanDuration(evaluation.ageSeconds)} behind, objective ${humanDuration(objective.errorAfterSeconds)}`
      : `objective ${humanDuration(objective.errorAfterSeconds)}`;
  switch (facts.transition) {
    case 'breached':
      return `${subject} is stale: ${staleness}`;
    case 'check_failed':
      return `${subject}: the freshness check keeps failing (${evaluation.errorCode ?? 'ERROR'})`;
    case 'reminder':
      return incident.kind === 'BREACH'
        ? `Still stale: ${subject}, ${staleness} (reminder ${incident.reminderCount})`
        : `Still failing: the freshness check of ${subject} (reminder ${incident.reminderCount})`;
    case 'recovered':
      return incident.kind === 'BREACH' ? `${subject} is fresh again` : `${subject}: the freshness check works again`;
  }
}

function summary(facts: IncidentFacts): string {
  const { evaluation, objective } = facts;
  const lines = [
    `Objective: warn after ${humanDuration(objective.warnAfterSeconds)}, breach after ${humanDuration(objective.errorAfterSeconds)}, target ${objective.targetPercent} %.`,
  ];
  if (evaluation.status === 'ERROR') {
    lines.push(`The latest check could not be made: ${evaluation.errorCode}: ${evaluation.errorMessage ?? ''}`.trim());
    lines.push('This says nothing about the data itself; fix the check (connection, credentials, target).');
  } else if (evaluation.dataAt) {
    lines.push(`Newest data: ${evaluation.dataAt.toISOString()}.`);
  } else {
    lines.push('No data (or no heartbeat) was found at all.');
  }
  lines.push(`Incident opened ${facts.incident.openedAt.toISOString()}.`);
  return lines.join(' ');
}

/** The notification of one incident transition, for the owning team and opted-in consumers alike. */
export function incidentNotification(facts: IncidentFacts, teamId: string): TeamNotification {
  const { incident, objective, evaluation } = facts;
  return {
    teamId,
    type: TYPE_OF[facts.transition],
    idempotencyKey: transitionKey(incident.id, facts.transition, incident.reminderCount),
    title: headline(facts),
    summary: summary(facts),
    link: `${facts.portalUrl}/products/${encodeURIComponent(facts.product.slug)}`,
    product: facts.product,
    data: {
      transition: facts.transition,
      incident: { id: incident.id, kind: incident.kind, openedAt: incident.openedAt.toISOString() },
      objective: {
        id: objective.id,
        warnAfterSeconds: objective.warnAfterSeconds,
        errorAfterSeconds: objective.errorAfterSeconds,
        targetPercent: objective.targetPercent,
      },
      port: facts.port,
      status: evaluation.status,
      stalenessSeconds: evaluation.ageSeconds === null ? null : Math.round(evaluation.ageSeconds),
      lastDataAt: (evaluation.dataAt ?? objective.lastDataAt)?.toISOString() ?? null,
      errorCode: evaluation.errorCode,
      errorMessage: evaluation.errorMessage,
      checkedAt: facts.checkedAt.toISOString(),
    },
  };
}
