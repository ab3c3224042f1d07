import type { FreshnessBudgetFieldsFragment } from '@/generated/graphql/graphql';
import { formatDateTime } from '@/lib/format';
import { Badge } from '../catalog/badges';
import type { ProductOutputPort } from '../products/product.query';
import { FreshnessChart } from './freshness-chart';
import { STATUS_LABELS, STATUS_TONES, formatDuration, formatPercent } from './freshness-format';

type Objective = NonNullable<ProductOutputPort['freshnessObjective']>;

const CHECK_LABELS: Record<string, string> = {
  KAFKA_TOPIC: 'newest record of the topic',
  POSTGRES_TABLE: 'max() of a timestamp column',
  PUSH: 'heartbeats the producer sends',
};

/**
 * Each monitored port's freshness objective: where it stands now, the data age over 7 and 28
 * days against its thresholds, the share of time it was fresh and what is left of its error
 * budget.
 */
export function ObjectiveSection({ ports, now }: { ports: readonly ProductOutputPort[]; now: Date }) {
  const monitored = ports.filter((port) => port.freshnessObjective);
  if (monitored.length === 0) {
    return <p className="text-sm text-slate-600">No freshness objective is set for this product’s ports.</p>;
  }
  return (
    <div className="space-y-6">
      {monitored.map((port) => (
        <PortObjective key={port.id} portName={port.name} objective={port.freshnessObjective!} now={now} />
      ))}
    </div>
  );
}

function PortObjective({ portName, objective, now }: { portName: string; objective: Objective; now: Date }) {
  const headingId = `objective-${portName}`;
  return (
    <article
      aria-labelledby={headingId}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="font-mono text-base font-semibold text-slate-900">
          {portName}
        </h3>
        <Badge tone={STATUS_TONES[objective.status]}>{STATUS_LABELS[objective.status]}</Badge>
        {objective.enabled ? null : <Badge>checks paused</Badge>}
      </div>
      <p className="text-sm text-slate-700">
        Fresh when at most <strong>{formatDuration(objective.warnAfterSeconds)}</strong> old; stale (an incident opens)
        after <strong>{formatDuration(objective.errorAfterSeconds)}</strong>. Target: fresh{' '}
        {formatPercent(objective.targetPercent, objective.targetPercent % 1 ? 1 : 0)} of the time over{' '}
        {objective.windowDays} days. Checked every {formatDuration(objective.intervalSeconds)} from the{' '}
        {CHECK_LABELS[objective.check.kind] ?? objective.check.kind}.
      </p>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
        <Fact label="Data age now">
          {objective.stalenessSeconds === null ? 'no data seen yet' : formatDuration(objective.stalenessSeconds)}
        </Fact>
        <Fact label="Newest data">{objective.lastDataAt ? formatDateTime(objective.lastDataAt) : '—'}</Fact>
        <Fact label="Last checked">
          {objective.lastCheckedAt ? formatDateTime(objective.lastCheckedAt) : 'not yet'}
        </Fact>
      </dl>
      {objective.lastErrorMessage ? (
        <p className="rounded-md border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-950">
          The latest check failed{objective.lastErrorCode ? ` (${objective.lastErrorCode})` : ''}:{' '}
          {objective.lastErrorMessage}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-2">
        {(
          [
            [objective.week, objective.weekTimeline],
            [objective.month, objective.monthTimeline],
          ] as const
        ).map(([budget, timeline]) => (
          <figure key={budget.days} className="space-y-2">
            <figcaption className="text-sm font-semibold text-slate-900">Last {budget.days} days</figcaption>
            <FreshnessChart
              days={budget.days}
              now={now}
              warnAfterSeconds={objective.warnAfterSeconds}
              errorAfterSeconds={objective.errorAfterSeconds}
              stalenessSeconds={objective.stalenessSeconds ?? null}
              timeline={timeline}
              history={objective.history.nodes}
              label={portName}
            />
            <Budget budget={budget} />
          </figure>
        ))}
      </div>
      <Legend />
    </article>
  );
}

function Budget({ budget }: { budget: FreshnessBudgetFieldsFragment }) {
  const remaining = budget.budgetRemainingPercent;
  return (
    <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm" aria-label={`Error budget over ${budget.days} days`}>
      <Fact label="Share of time fresh">{formatPercent(budget.sharePercent, 2)}</Fact>
      <Fact label="Error budget left">
        {remaining === null || remaining === undefined
          ? '—'
          : `${formatPercent(remaining, 0)} (${budget.budgetRemainingSeconds < 0 ? 'over by ' : ''}${formatDuration(Math.abs(budget.budgetRemainingSeconds))})`}
      </Fact>
      <Fact label="Stale time">{formatDuration(budget.badSeconds)}</Fact>
      <Fact label="Not measured">{formatDuration(budget.unknownSeconds)}</Fact>
    </dl>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900">{children}</dd>
    </div>
  );
}

function Legend() {
  return (
    <p className="text-xs text-slate-600">
      The line is the age of the data at each check; the dashed lines are the thresholds; the band below shows each
      moment’s status: <span className="font-medium text-emerald-700">fresh</span>,{' '}
      <span className="font-medium text-amber-700">late</span>, <span className="font-medium text-rose-700">stale</span>
      , <span className="font-medium text-violet-700">check failing</span>, grey when not checked.
    </p>
  );
}
