import { scaleLinear, scaleTime } from '@visx/scale';
import { LinePath } from '@visx/shape';
import type { FreshnessStatus } from '@/generated/graphql/graphql';
import { STATUS_COLOURS, STATUS_LABELS, formatDuration } from './freshness-format';

const WIDTH = 640;
const HEIGHT = 220;
const MARGIN = { top: 12, right: 72, bottom: 44, left: 56 };
const BAND = 10;

interface Run {
  readonly lastCheckedAt: string;
  readonly lastDataAt?: string | null;
}

/**
 * How old the data was over the last `days` days against the warning and error thresholds,
 * with the status of every moment as a band below: an SVG drawn on the server (visx scales
 * and shapes), so it is in the page without JavaScript. Ages above twice the error threshold
 * are drawn at the top edge.
 */
export function FreshnessChart({
  days,
  now,
  warnAfterSeconds,
  errorAfterSeconds,
  stalenessSeconds,
  timeline,
  history,
  label,
}: {
  days: number;
  now: Date;
  warnAfterSeconds: number;
  errorAfterSeconds: number;
  stalenessSeconds: number | null;
  timeline: readonly { from: string; to: string; status: FreshnessStatus }[];
  history: readonly Run[];
  label: string;
}) {
  const start = new Date(now.getTime() - days * 86_400_000);
  const innerWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotBottom = HEIGHT - MARGIN.bottom - BAND - 6;
  const x = scaleTime({ domain: [start, now], range: [MARGIN.left, MARGIN.left + innerWidth] });
  const ceiling = errorAfterSeconds * 2;
  const y = scaleLinear({ domain: [0, ceiling], range: [plotBottom, MARGIN.top] });

  const points = history
    .filter((run) => run.lastDataAt && new Date(run.lastCheckedAt) >= start)
    .map((run) => ({
      at: new Date(run.lastCheckedAt),
      age: (new Date(run.lastCheckedAt).getTime() - new Date(run.lastDataAt!).getTime()) / 1000,
    }))
    .sort((left, right) => left.at.getTime() - right.at.getTime());
  if (stalenessSeconds !== null) points.push({ at: now, age: stalenessSeconds });

  const clamp = (age: number) => y(Math.min(Math.max(age, 0), ceiling));
  const titleId = `chart-${days}-${label.replace(/\W+/g, '-')}-title`;
  const descriptionId = `${titleId}-description`;
  const xTicks = x.ticks(days <= 7 ? 7 : 4);
  const yTicks = [0, warnAfterSeconds, errorAfterSeconds, ceiling];

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${titleId} ${descriptionId}`}
      className="h-auto w-full"
      data-testid={`freshness-chart-${days}`}
    >
      <title id={titleId}>{`Data age over the last ${days} days, ${label}`}</title>
      <desc id={descriptionId}>
        {`Warning after ${formatDuration(warnAfterSeconds)}, stale after ${formatDuration(errorAfterSeconds)}. ` +
          (points.length > 0
            ? `${points.length} measurements; now ${stalenessSeconds === null ? 'unknown' : formatDuration(stalenessSeconds)} old.`
            : 'No measurements in this window.')}
      </desc>
      <rect x={MARGIN.left} y={MARGIN.top} width={innerWidth} height={plotBottom - MARGIN.top} fill="#f8fafc" />
      {yTicks.map((tick) => (
        <g key={`y-${tick}`}>
          <line x1={MARGIN.left - 4} x2={MARGIN.left} y1={y(tick)} y2={y(tick)} stroke="#94a3b8" />
          <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={10} fill="#475569">
            {tick === 0 ? '0' : formatDuration(tick)}
          </text>
        </g>
      ))}
      <Threshold
        y={y(warnAfterSeconds)}
        x1={MARGIN.left}
        x2={MARGIN.left + innerWidth}
        colour="#b45309"
        text="warning"
      />
      <Threshold
        y={y(errorAfterSeconds)}
        x1={MARGIN.left}
        x2={MARGIN.left + innerWidth}
        colour="#be123c"
        text="stale"
      />
      {points.length > 0 ? (
        <LinePath
          data={points}
          x={(point) => x(point.at)}
          y={(point) => clamp(point.age)}
          stroke="#0f172a"
          strokeWidth={1.5}
          fill="none"
        />
      ) : null}
      {points.map((point) => (
        <circle key={point.at.toISOString()} cx={x(point.at)} cy={clamp(point.age)} r={2} fill="#0f172a" />
      ))}
      {timeline.map((segment) => {
        const from = x(new Date(Math.max(new Date(segment.from).getTime(), start.getTime())));
        const to = x(new Date(Math.min(new Date(segment.to).getTime(), now.getTime())));
        if (to <= from) return null;
        return (
          <rect
            key={`${segment.from}-${segment.status}`}
            x={from}
            y={plotBottom + 6}
            width={Math.max(to - from, 0.5)}
            height={BAND}
            fill={STATUS_COLOURS[segment.status]}
          >
            <title>{`${STATUS_LABELS[segment.status]} from ${segment.from} to ${segment.to}`}</title>
          </rect>
        );
      })}
      {xTicks.map((tick) => (
        <g key={`x-${tick.toISOString()}`}>
          <line x1={x(tick)} x2={x(tick)} y1={plotBottom + BAND + 6} y2={plotBottom + BAND + 10} stroke="#94a3b8" />
          <text x={x(tick)} y={HEIGHT - 14} textAnchor="middle" fontSize={10} fill="#475569">
            {tick.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })}
          </text>
        </g>
      ))}
    </svg>
  );
}

function Threshold({ y, x1, x2, colour, text }: { y: number; x1: number; x2: number; colour: string; text: string }) {
  return (
    <g>
      <line x1={x1} x2={x2} y1={y} y2={y} stroke={colour} strokeDasharray="4 3" />
      <text x={x2 + 4} y={y} dy="0.32em" fontSize={10} fill={colour}>
        {text}
      </text>
    </g>
  );
}
