import * as Plot from '@observablehq/plot';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Contradiction, Timeline } from '../api/types';
import { formatAmount, isCurrency, metricName, plural } from '../format';
import { useEntityName } from '../ui/entity-name.view';
import { type ChartMark, chartMarks, placeLabels, pointLabels, valueDomain } from './chart-data';

// Observable's ten categorical colours, distinguishable for most kinds of colour blindness.
const PALETTE = ['#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5', '#9c6b4e', '#9498a0'];
const OPEN = '#c0392b';
const RESOLVED = '#6b7280';
/** How far a value label starts from its point. */
const LABEL_GAP = 16;
/** Below this width (a phone) the chart gives the plot the room the desktop keeps for labels on the right. */
const NARROW = 600;

/**
 * The figure over valid time: one mark per claim coloured by source, stated ranges and
 * valid-time intervals as bars, open bounds ("more than 60") as arrows, contradictions ringed.
 * Each mark links to its claim; the timeline table below is the chart's text alternative.
 */
export function FactChart({ timeline, contradictions }: { timeline: Timeline; contradictions: readonly Contradiction[] }) {
  const host = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const marks = useMemo(() => chartMarks(timeline.claims, contradictions, timeline.unit), [timeline, contradictions]);
  const sources = useMemo(() => [...new Set(marks.map((m) => m.source))], [marks]);
  const colour = (source: string) => PALETTE[sources.indexOf(source) % PALETTE.length]!;
  const title = `${metricName(timeline.metric)} of ${useEntityName(timeline.subject) ?? timeline.subject} over valid time`;

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.round(entry!.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = host.current;
    if (!el || width === 0 || marks.length === 0) return;
    const chart = drawChart(marks, sources, timeline, width, title);
    el.replaceChildren(chart);
    spreadLabels(chart);
    return () => chart.remove();
  }, [marks, sources, timeline, width, title]);

  const has = (test: (m: ChartMark) => boolean) => marks.some(test);
  return (
    <figure class="fact-chart card" aria-labelledby="chart-title" data-testid="fact-chart">
      <figcaption>
        <h2 id="chart-title">{title}</h2>
        <p class="muted small">
          Each mark is one claim, coloured by its source; select a mark to open the claim. The timeline table below lists the same claims.
        </p>
      </figcaption>
      {marks.length === 0 ? <p class="empty">No claim states a number to chart.</p> : <div ref={host} class="plot-host" />}
      <div class="legend" aria-label="Legend">
        <ul class="legend-sources" aria-label="Sources">
          {sources.map((source) => (
            <li key={source}>
              <span class="swatch" style={{ background: colour(source) }} aria-hidden="true" />
              {source}
            </li>
          ))}
        </ul>
        <ul class="legend-keys" aria-label="Marks">
          {has((m) => m.open === 'up') ? (
            <li>
              <span class="key key-up" aria-hidden="true" />
              more than / at least
            </li>
          ) : null}
          {has((m) => m.open === 'down') ? (
            <li>
              <span class="key key-down" aria-hidden="true" />
              less than / at most
            </li>
          ) : null}
          {has((m) => m.y1 !== undefined && !m.open) ? (
            <li>
              <span class="key key-range" aria-hidden="true" />
              stated range
            </li>
          ) : null}
          {has((m) => m.spansTime) ? (
            <li>
              <span class="key key-span" aria-hidden="true" />
              valid time longer than a day
            </li>
          ) : null}
          {has((m) => m.contradiction === 'open') ? (
            <li>
              <span class="key key-open" aria-hidden="true" />
              open contradiction
            </li>
          ) : null}
          {has((m) => m.contradiction === 'resolved') ? (
            <li>
              <span class="key key-resolved" aria-hidden="true" />
              resolved contradiction
            </li>
          ) : null}
          {has((m) => m.revised) ? (
            <li>
              <span class="key key-revised" aria-hidden="true" />
              revised by a later release
            </li>
          ) : null}
        </ul>
      </div>
    </figure>
  );
}

function drawChart(marks: ChartMark[], sources: string[], timeline: Timeline, width: number, title: string) {
  const { min, max, arrow } = valueDomain(marks);
  const pad = Math.max((max - min) * 0.12, Math.abs(max) * 0.04, 1);
  const unit = timeline.unit;
  const tick = (n: number) => (unit === 'percent' ? `${n}%` : formatAmount(n, unit, { bare: !isCurrency(unit) }));
  const live = marks.filter((m) => !m.revised);
  const revised = marks.filter((m) => m.revised);
  const common = { x: 'x', y: 'y', stroke: 'source' } as const;
  return Plot.plot({
    width,
    height: Math.max(220, Math.min(300, Math.round(width * 0.22))),
    marginLeft: 64,
    marginRight: width < NARROW ? 24 : 96,
    marginTop: 30,
    marginBottom: 36,
    style: { fontSize: '12px', fontFamily: 'inherit', overflow: 'visible' },
    ariaLabel: title,
    ariaDescription: `${marks.length} claims from ${sources.length} sources; the timeline table lists them.`,
    x: { type: 'utc', label: 'valid time', inset: 28, grid: false },
    y: {
      label: unit === 'percent' || isCurrency(unit) ? unit : plural(unit),
      grid: true,
      nice: true,
      domain: [min - pad, max + pad],
      tickFormat: tick,
      ticks: 6,
    },
    color: { domain: sources, range: PALETTE },
    marks: [
      Plot.ruleY(
        marks.filter((m) => m.spansTime),
        { y: 'y', x1: 'x1', x2: 'x2', stroke: 'source', strokeWidth: 5, strokeOpacity: 0.45, strokeLinecap: 'round' },
      ),
      Plot.ruleX(
        marks.filter((m) => m.y1 !== undefined),
        { x: 'x', y1: 'y1', y2: 'y2', stroke: 'source', strokeWidth: 5, strokeOpacity: 0.55, strokeLinecap: 'round' },
      ),
      Plot.arrow(
        marks.filter((m) => m.open && (m.open === 'up' ? m.y2 : m.y1) === undefined),
        {
          x1: 'x',
          x2: 'x',
          y1: 'y',
          y2: (m: ChartMark) => (m.open === 'up' ? m.y + arrow : m.y - arrow),
          stroke: 'source',
          strokeWidth: 2,
          headLength: 9,
          insetStart: 13,
        },
      ),
      Plot.dot(
        marks.filter((m) => m.contradiction === 'open'),
        { x: 'x', y: 'y', r: 12, stroke: OPEN, strokeWidth: 2.5, fill: 'none', ariaHidden: 'true', className: 'ring-open' },
      ),
      Plot.dot(
        marks.filter((m) => m.contradiction === 'resolved'),
        {
          x: 'x',
          y: 'y',
          r: 12,
          stroke: RESOLVED,
          strokeWidth: 1.5,
          strokeDasharray: '3,3',
          fill: 'none',
          ariaHidden: 'true',
          className: 'ring-resolved',
        },
      ),
      Plot.dot(live, {
        ...common,
        r: 6,
        fill: 'source',
        strokeWidth: 1.5,
        title: 'description',
        ariaLabel: 'description',
        href: 'href',
        className: 'claim-mark',
      }),
      Plot.dot(revised, {
        ...common,
        r: 6,
        fill: 'white',
        strokeWidth: 2,
        title: 'description',
        ariaLabel: 'description',
        href: 'href',
        className: 'claim-mark-revised',
      }),
      Plot.text(pointLabels(marks), {
        x: 'x',
        y: 'y',
        text: 'text',
        dx: LABEL_GAP,
        textAnchor: 'start',
        fontWeight: 600,
        fontSize: 13,
        className: 'value-label',
        ariaHidden: 'true',
      }),
    ],
  });
}

/**
 * Moves the value labels Plot drew so that none covers another (Plot has no label layout of its
 * own): measured where they are drawn, placed by placeLabels, shifted by a translate after Plot's.
 * A label left out shows while its mark has focus.
 */
function spreadLabels(chart: SVGSVGElement | HTMLElement) {
  const svg = chart instanceof SVGSVGElement ? chart : chart.querySelector('svg');
  if (!svg) return;
  const frame = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll<SVGTextElement>('.value-label text')];
  const boxes = texts.map((text) => {
    const box = text.getBoundingClientRect();
    const left = box.left - frame.left;
    return { left, top: box.top - frame.top, width: box.width, height: box.height, pointX: left - LABEL_GAP };
  });
  const places = placeLabels(boxes, { width: frame.width, height: frame.height }, LABEL_GAP);
  const left: { point: string; text: SVGTextElement }[] = [];
  texts.forEach((text, i) => {
    const { dx, dy, hidden } = places[i]!;
    const drawn = text.getAttribute('transform') ?? '';
    if (dx || dy) text.setAttribute('transform', `${drawn} translate(${dx.toFixed(1)},${dy.toFixed(1)})`.trim());
    if (!hidden) return;
    text.classList.add('label-left-out');
    left.push({ point: pointKey(drawn.match(/translate\(([-\d.]+),\s*([-\d.]+)\)/)?.slice(1) ?? []), text });
  });
  if (left.length === 0) return;
  // Plot puts each claim's circle at (cx, cy) and its point's label at translate(x, y): the same numbers.
  const show = (event: FocusEvent, on: boolean) => {
    const circle = (event.target as Element).querySelector?.('circle');
    const key = pointKey([circle?.getAttribute('cx'), circle?.getAttribute('cy')]);
    for (const l of left) if (l.point === key) l.text.classList.toggle('label-focus', on);
  };
  svg.addEventListener('focusin', (e) => show(e, true));
  svg.addEventListener('focusout', (e) => show(e, false));
}

const pointKey = ([x, y]: readonly (string | null | undefined)[]) => `${Math.round(Number(x))},${Math.round(Number(y))}`;
