import { useState } from 'preact/hooks';

/** A publication date at the precision the source gives it: a day, a month or a year. */
export type Precision = 'day' | 'month' | 'year';

export const precisionOf = (date: string): Precision => (date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day');

/** The date cut (or padded) to a precision: 2015-01-22 as a month is 2015-01. */
export function atPrecision(date: string, precision: Precision): string {
  const [y = '', m = '01', d = '01'] = date.split('-');
  return precision === 'year' ? y : precision === 'month' ? `${y}-${m}` : `${y}-${m}-${d}`;
}

export function PublishedDateField({ id, value, onChange }: { id: string; value: string; onChange: (date: string) => void }) {
  const [precision, setPrecision] = useState<Precision>(value ? precisionOf(value) : 'day');
  return (
    <fieldset class="plain date-field">
      <legend>Published</legend>
      <div class="row">
        <div class="field">
          <label for={`${id}-precision`}>Precision</label>
          <select
            id={`${id}-precision`}
            value={precision}
            onChange={(e) => {
              const next = e.currentTarget.value as Precision;
              setPrecision(next);
              if (value) onChange(atPrecision(value, next));
            }}
          >
            <option value="day">day</option>
            <option value="month">month</option>
            <option value="year">year</option>
          </select>
        </div>
        <div class="field">
          <label for={id}>Date</label>
          {precision === 'year' ? (
            <input
              id={id}
              required
              inputMode="numeric"
              pattern="\d{4}"
              placeholder="YYYY"
              size={6}
              value={value}
              onInput={(e) => onChange(e.currentTarget.value)}
            />
          ) : (
            <input id={id} required type={precision === 'month' ? 'month' : 'date'} value={value} onInput={(e) => onChange(e.currentTarget.value)} />
          )}
        </div>
      </div>
    </fieldset>
  );
}
