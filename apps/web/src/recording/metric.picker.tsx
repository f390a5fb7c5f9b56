import { useState } from 'preact/hooks';
import { get, post } from '../api/client';
import { METRIC_KINDS, type MetricKind, type MetricListItem, type MetricWritten, type Page } from '../api/types';
import { formatUnit, metricName, singular } from '../format';
import { ProblemView } from '../ui/problem.view';
import { slugify } from '../ui/slug';
import { useAction } from '../ui/use-action';
import { useSearch } from '../ui/use-search';

export type ChosenMetric = Pick<MetricListItem, 'id' | 'unit' | 'kind'>;

/** The kind of metric a figure's kind suggests (the recogniser's kinds are finer). */
const KIND_OF: Record<string, MetricKind> = { money: 'money', price: 'money', percent: 'percent', ratio: 'percent', count: 'count', duration: 'duration' };
export const metricKindFor = (figureKind: string | undefined, unit: string | undefined): MetricKind =>
  KIND_OF[figureKind ?? ''] ?? (unit === 'percent' ? 'percent' : unit && /^[A-Z]{3}$/.test(unit) ? 'money' : unit ? 'count' : 'other');

/** What is measured: found by the start of its id (or, before typing, by the unit read), or defined here. */
export function MetricPicker(props: {
  unit?: string | undefined;
  figureKind?: string | undefined;
  chosen?: ChosenMetric | undefined;
  onChoose: (m: ChosenMetric | undefined) => void;
}) {
  const { unit, chosen, onChoose } = props;
  const [words, setWords] = useState('');
  const [creating, setCreating] = useState(false);
  const found = useSearch(
    (q) => get<Page<MetricListItem>>('/v1/metrics', { limit: 8, ...(q ? { q: slugify(q, '-') || q } : { unit: unit ? singular(unit) : undefined }) }),
    words,
    !chosen,
  );
  if (chosen) {
    return (
      <div class="picked" data-testid="chosen-metric">
        <span class="field-label">Metric</span> <strong>{metricName(chosen.id)}</strong> <span class="muted small">in {formatUnit(chosen.unit)}</span>{' '}
        <button type="button" class="link-button" onClick={() => onChoose(undefined)}>
          Change metric
        </button>
      </div>
    );
  }
  return (
    <div class="picker">
      <div class="field">
        <label for="metric-search">Metric</label>
        <input
          id="metric-search"
          type="search"
          autoComplete="off"
          placeholder="e.g. member count"
          value={words}
          onInput={(e) => setWords(e.currentTarget.value)}
        />
      </div>
      <ul class="choices" aria-label="Matching metrics">
        {(found ?? []).map((m) => (
          <li key={m.id}>
            <button type="button" class="choice" onClick={() => onChoose(m)}>
              {metricName(m.id)} <span class="muted small">in {formatUnit(m.unit)}</span>
            </button>
          </li>
        ))}
        {found && found.length === 0 ? <li class="muted small">No metric matches.</li> : null}
      </ul>
      {creating ? (
        <NewMetric {...props} words={words} onCreated={onChoose} onCancel={() => setCreating(false)} />
      ) : (
        <button type="button" class="link-button" onClick={() => setCreating(true)}>
          New metric…
        </button>
      )}
    </div>
  );
}

function NewMetric({
  unit: readUnit,
  figureKind,
  words,
  onCreated,
  onCancel,
}: {
  unit?: string | undefined;
  figureKind?: string | undefined;
  words: string;
  onCreated: (m: ChosenMetric) => void;
  onCancel: () => void;
}) {
  const [id, setId] = useState(slugify(words));
  const [unit, setUnit] = useState(readUnit ? singular(readUnit) : '');
  const [kind, setKind] = useState<MetricKind>(metricKindFor(figureKind, readUnit));
  const [cumulative, setCumulative] = useState(false);
  const [tolerance, setTolerance] = useState('0');
  const { busy, problem, run } = useAction();
  const create = () =>
    run(async () => {
      const made = await post<MetricWritten>('/v1/metrics', { id: id.trim(), unit: unit.trim(), kind, cumulative, tolerance: Number(tolerance) / 100 });
      onCreated(made);
    });
  return (
    <fieldset class="inline-create">
      <legend>New metric</legend>
      <div class="row">
        <div class="field grow">
          <label for="metric-new-id">Id</label>
          <input id="metric-new-id" placeholder="member-count" value={id} onInput={(e) => setId(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="metric-new-unit">Unit</label>
          <input id="metric-new-unit" size={10} value={unit} onInput={(e) => setUnit(e.currentTarget.value)} aria-describedby="metric-new-unit-help" />
        </div>
        <div class="field">
          <label for="metric-new-kind">Kind</label>
          <select id="metric-new-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as MetricKind)}>
            {METRIC_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id="metric-new-unit-help" class="small muted">
        A currency as its ISO code (USD, GBP), <code>percent</code>, or the thing counted in the singular (member, country).
      </p>
      <div class="row">
        <label class="inline">
          <input type="checkbox" checked={cumulative} onChange={(e) => setCumulative(e.currentTarget.checked)} /> Cumulative (only grows)
        </label>
        <div class="field">
          <label for="metric-new-tolerance">Tolerance (%)</label>
          <input
            id="metric-new-tolerance"
            type="number"
            min={0}
            max={99}
            step="any"
            size={4}
            value={tolerance}
            onInput={(e) => setTolerance(e.currentTarget.value)}
          />
        </div>
      </div>
      {problem ? <ProblemView problem={problem} context="Not created" /> : null}
      <div class="row">
        <button type="button" disabled={busy || !id.trim() || !unit.trim()} onClick={() => void create()}>
          Create metric
        </button>
        <button type="button" class="link-button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
