import { QUALIFIERS, type Qualifier } from '../api/types';
import { formatUnit, humanize, singular } from '../format';

export interface ValueDraft {
  readonly qualifier: Qualifier;
  readonly amount: string;
  readonly lowerBound: string;
  readonly upperBound: string;
}

const hasBounds = (q: Qualifier) => q === 'range' || q === 'vague';

/** The value as the API takes it: numbers where the qualifier needs them, the unit left to the metric. */
export function valueBody(v: ValueDraft) {
  const n = (s: string) => (s.trim() === '' ? undefined : Number(s));
  return hasBounds(v.qualifier)
    ? { qualifier: v.qualifier, lowerBound: n(v.lowerBound), upperBound: n(v.upperBound), ...(n(v.amount) !== undefined ? { amount: n(v.amount) } : {}) }
    : { qualifier: v.qualifier, amount: n(v.amount) };
}

export function ValueField({
  value,
  onChange,
  readUnit,
  metricUnit,
}: {
  value: ValueDraft;
  onChange: (update: (v: ValueDraft) => ValueDraft) => void;
  readUnit?: string | undefined;
  metricUnit?: string | undefined;
}) {
  // Each change applies to the latest value: several inputs may come before the next render.
  const set = (field: keyof ValueDraft) => (e: { currentTarget: { value: string } }) => {
    const next = e.currentTarget.value;
    onChange((v) => ({ ...v, [field]: next }));
  };
  return (
    <fieldset class="plain value-field">
      <legend>Value</legend>
      <div class="row">
        <div class="field">
          <label for="value-qualifier">Qualifier</label>
          <select
            id="value-qualifier"
            value={value.qualifier}
            onChange={(e) => {
              const qualifier = e.currentTarget.value as Qualifier;
              onChange((v) => ({ ...v, qualifier }));
            }}
          >
            {QUALIFIERS.map((q) => (
              <option key={q} value={q}>
                {humanize(q)}
              </option>
            ))}
          </select>
        </div>
        {hasBounds(value.qualifier) ? (
          <>
            <div class="field">
              <label for="value-lower">From</label>
              <input id="value-lower" type="number" step="any" size={10} value={value.lowerBound} onInput={set('lowerBound')} />
            </div>
            <div class="field">
              <label for="value-upper">To</label>
              <input id="value-upper" type="number" step="any" size={10} value={value.upperBound} onInput={set('upperBound')} />
            </div>
          </>
        ) : (
          <div class="field">
            <label for="value-amount">Amount</label>
            <input id="value-amount" type="number" step="any" size={14} value={value.amount} onInput={set('amount')} />
          </div>
        )}
      </div>
      <p class="small muted" data-testid="unit-note">
        {metricUnit ? `In the metric's unit: ${formatUnit(metricUnit)}.` : 'The unit is the metric’s.'}
        {readUnit ? ` Read from the words: ${formatUnit(singular(readUnit))}.` : ''}
      </p>
    </fieldset>
  );
}
