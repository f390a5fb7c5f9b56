import type { ValidTimeChoice } from './suggest';

type Mode = 'day' | 'month' | 'year' | 'interval';

const modeOf = (t: ValidTimeChoice): Mode => ('from' in t ? 'interval' : t.at.length === 4 ? 'year' : t.at.length === 7 ? 'month' : 'day');

/** A date cut to a precision, so that switching from a day to a month keeps its month. */
const cut = (date: string, mode: Exclude<Mode, 'interval'>) => {
  const [y = '', m = '01', d = '01'] = date.split('-');
  return mode === 'year' ? y : mode === 'month' ? `${y}-${m}` : `${y}-${m}-${d}`;
};

/** When the figure holds: a day, a month, a year, or an interval between two of those. */
export function ValidTimeField({
  value,
  onChange,
  suggestion,
}: {
  value: ValidTimeChoice;
  /** Takes an update of the latest value: several inputs may come before the next render. */
  onChange: (update: (v: ValidTimeChoice) => ValidTimeChoice) => void;
  suggestion?: string;
}) {
  const mode = modeOf(value);
  const first = 'at' in value ? value.at : value.from;
  const setMode = (next: Mode) => onChange(() => (next === 'interval' ? { from: first, to: first } : { at: cut(first, next) }));
  const input = (change: (v: string, t: ValidTimeChoice) => ValidTimeChoice) => (e: { currentTarget: { value: string } }) => {
    const v = e.currentTarget.value;
    onChange((t) => change(v, t));
  };
  return (
    <fieldset class="plain valid-time">
      <legend>Valid time</legend>
      <div class="row">
        <div class="field">
          <label for="vt-mode">Holds for</label>
          <select id="vt-mode" value={mode} onChange={(e) => setMode(e.currentTarget.value as Mode)}>
            <option value="day">a day</option>
            <option value="month">a month</option>
            <option value="year">a year</option>
            <option value="interval">an interval</option>
          </select>
        </div>
        {'at' in value ? (
          <div class="field">
            <label for="vt-at">{mode === 'year' ? 'Year' : mode === 'month' ? 'Month' : 'Day'}</label>
            {mode === 'year' ? (
              <input id="vt-at" inputMode="numeric" pattern="\d{4}" size={6} value={value.at} onInput={input((at) => ({ at }))} />
            ) : (
              <input id="vt-at" type={mode === 'month' ? 'month' : 'date'} value={value.at} onInput={input((at) => ({ at }))} />
            )}
          </div>
        ) : (
          <>
            <div class="field">
              <label for="vt-from">From</label>
              <input
                id="vt-from"
                placeholder="YYYY[-MM[-DD]]"
                size={11}
                value={value.from}
                onInput={input((from, t) => ({ from, to: 'to' in t ? t.to : from }))}
              />
            </div>
            <div class="field">
              <label for="vt-to">To</label>
              <input id="vt-to" placeholder="YYYY[-MM[-DD]]" size={11} value={value.to} onInput={input((to, t) => ({ from: 'from' in t ? t.from : to, to }))} />
            </div>
          </>
        )}
      </div>
      {suggestion ? <p class="small muted">{suggestion}</p> : null}
    </fieldset>
  );
}
