import { useState } from 'preact/hooks';
import { get, post } from '../api/client';
import { type Me, METRIC_KINDS, type MetricKind, type MetricListItem, type MetricWritten, type Page } from '../api/types';
import { formatUnit, metricName } from '../format';
import { roleAtLeast } from '../roles';
import { replaceQuery, type Route } from '../router';
import { Loading, ProblemView } from '../ui/problem.view';
import { slugify } from '../ui/slug';
import { useAction } from '../ui/use-action';
import { usePaged } from '../ui/use-paged';
import { useDraft } from '../ui/use-draft';

/** What is measured: each metric's unit, kind, and how its claims are compared. */
export function MetricsPage({ route, me }: { route: Route; me: Me }) {
  const q = route.query.get('q') ?? undefined;
  const [words, setWords] = useDraft(q ?? '', q ?? '');
  const [changed, setChanged] = useState(0);
  const { items, next, problem, loading, more } = usePaged((cursor) => get<Page<MetricListItem>>('/v1/metrics', { q, cursor, limit: 50 }), [q], {
    refresh: changed,
  });
  return (
    <section aria-labelledby="metrics-title">
      <h1 id="metrics-title">Metrics</h1>
      <form
        class="toolbar"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          replaceQuery(route, { q: words.trim() ? slugify(words) : undefined });
        }}
      >
        <div class="field grow">
          <label for="metric-list-search">Metric starts with</label>
          <input id="metric-list-search" type="search" value={words} onInput={(e) => setWords(e.currentTarget.value)} />
        </div>
        <button type="submit">Search</button>
      </form>
      {roleAtLeast(me.role, 'editor') ? <NewMetricForm onCreated={() => setChanged((n) => n + 1)} /> : null}
      {problem ? <ProblemView problem={problem} context="Could not load the metrics" /> : null}
      {items.length === 0 && !loading ? <p class="empty">No metric matches.</p> : null}
      <table data-testid="metric-table">
        <caption class="visually-hidden">Metrics with their units</caption>
        <thead>
          <tr>
            <th scope="col">Metric</th>
            <th scope="col">Unit</th>
            <th scope="col">Kind</th>
            <th scope="col">Only grows</th>
            <th scope="col" class="num">
              Tolerance
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id}>
              <th scope="row">
                {metricName(m.id)} <code class="small muted">{m.id}</code>
              </th>
              <td>{formatUnit(m.unit)}</td>
              <td>{m.kind}</td>
              <td>{m.cumulative ? 'yes' : 'no'}</td>
              <td class="num">{m.tolerance ? `${Math.round(m.tolerance * 1000) / 10}%` : 'exact'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {loading ? <Loading what="metrics" /> : null}
      {!loading && next ? (
        <button type="button" onClick={() => void more()}>
          Load more metrics
        </button>
      ) : null}
    </section>
  );
}

function NewMetricForm({ onCreated }: { onCreated: () => void }) {
  const [id, setId] = useState('');
  const [unit, setUnit] = useState('');
  const [kind, setKind] = useState<MetricKind>('count');
  const [cumulative, setCumulative] = useState(false);
  const [tolerance, setTolerance] = useState('0');
  const { busy, problem, run } = useAction();
  return (
    <form
      class="card stacked"
      aria-label="Define a metric"
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          await post<MetricWritten>('/v1/metrics', { id: slugify(id), unit: unit.trim(), kind, cumulative, tolerance: Number(tolerance) / 100 });
          setId('');
          setUnit('');
          onCreated();
        });
      }}
    >
      <div class="row">
        <div class="field grow">
          <label for="new-metric-id">New metric</label>
          <input id="new-metric-id" required placeholder="member count" value={id} onInput={(e) => setId(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="new-metric-unit">Unit</label>
          <input id="new-metric-unit" required size={10} placeholder="member, USD, percent" value={unit} onInput={(e) => setUnit(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="new-metric-kind">Kind</label>
          <select id="new-metric-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as MetricKind)}>
            {METRIC_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </div>
        <label class="inline">
          <input type="checkbox" checked={cumulative} onChange={(e) => setCumulative(e.currentTarget.checked)} /> Only grows
        </label>
        <div class="field">
          <label for="new-metric-tolerance">Tolerance (%)</label>
          <input
            id="new-metric-tolerance"
            type="number"
            min={0}
            max={99}
            step="any"
            size={4}
            value={tolerance}
            onInput={(e) => setTolerance(e.currentTarget.value)}
          />
        </div>
        <button type="submit" disabled={busy}>
          Create metric
        </button>
      </div>
      {problem ? <ProblemView problem={problem} context="Not created" /> : null}
    </form>
  );
}
