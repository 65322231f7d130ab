import { useId } from 'preact/hooks';
import { type Box, chartGeometry, type Point } from './chart-scale.ts';

const BOX: Box = { width: 320, height: 140, top: 12, right: 12, bottom: 22, left: 12 };

/**
 * A KPI's entries over time against its target (dashed), as inline SVG: no chart library, prints
 * crisply, and scales to the card. The chart is an image with a text summary for screen readers;
 * the same summary is printed under it so the paper report does not depend on reading the line.
 */
export function LineChart({
  title,
  summary,
  entries,
  target,
  baseline,
  from,
  to,
  format,
  targetLabel,
  dateLabel = (iso) => iso,
}: {
  title: string;
  summary: string;
  entries: readonly Point[];
  target: number;
  baseline?: number;
  from: string;
  to: string;
  format: (value: number) => string;
  targetLabel: string;
  dateLabel?: (iso: string) => string;
}) {
  const id = useId();
  const g = chartGeometry({
    entries,
    target,
    ...(baseline === undefined ? {} : { baseline }),
    from,
    to,
    box: BOX,
  });
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{summary}</desc>
        <line
          class="axis"
          x1={g.left}
          x2={g.right}
          y1={BOX.height - BOX.bottom}
          y2={BOX.height - BOX.bottom}
        />
        <line class="target" x1={g.left} x2={g.right} y1={g.targetY} y2={g.targetY} />
        <text class="tick" x={g.right} y={g.targetY - 4} text-anchor="end">
          {targetLabel} {format(target)}
        </text>
        {g.points.length > 1 && <polyline class="series" points={g.line} />}
        {g.points.map((p) => (
          <circle key={`${p.date}-${p.x}`} class="dot" cx={p.x} cy={p.y} r={3} />
        ))}
        <text class="tick" x={g.left} y={BOX.height - 6}>
          {dateLabel(from)}
        </text>
        <text class="tick" x={g.right} y={BOX.height - 6} text-anchor="end">
          {dateLabel(to)}
        </text>
      </svg>
      <figcaption class="muted">{summary}</figcaption>
    </figure>
  );
}
