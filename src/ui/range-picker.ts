import { css, html, nothing } from 'lit';
import {
  parseRange,
  presetRange,
  RANGE_PRESETS,
  type RangePreset,
} from '../localize/date-range.js';
import type { MessageValues } from '../localize/message.js';
import type { DateRange } from '../localize/date-range.js';
import { emit } from '../events.js';

export interface RangeChangeDetail {
  /** The preset, or `custom` for a range set by dates. */
  preset: RangePreset | 'custom';
  /** The days covered, in the supplier's time zone, both ends included. */
  from: string;
  to: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ld-range-change': CustomEvent<RangeChangeDetail>;
  }
}

/** A row of labelled filter fields (`.filters`), the date-range picker's among them. */
export const filterStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: end;
    margin-block-end: calc(var(--_space) * 0.75);
  }
  .filters label {
    display: grid;
    gap: 0.125rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
`;

/** English text of the date-range picker; every key can be overridden. */
export const rangeStrings = {
  'filter.range': 'Dates',
  'preset.today': 'Today',
  'preset.yesterday': 'Yesterday',
  'preset.last-7-days': 'Last 7 days',
  'preset.last-30-days': 'Last 30 days',
  'preset.this-month': 'This month',
  'preset.last-month': 'Last month',
  'preset.this-quarter': 'This quarter',
  'preset.custom': 'Custom range',
  'range.custom': '{from} – {to}',
  'filter.from': 'From',
  'filter.to': 'To',
};

/** A range as a widget holds it: a preset, or a custom `from`/`to` that wins when valid. */
export interface RangeChoice {
  preset: RangePreset;
  from: string | undefined;
  to: string | undefined;
}

export interface RangePickerOptions {
  term: (key: keyof typeof rangeStrings, values?: MessageValues) => string;
  /** The supplier's zone: a custom range starts from the days the preset covered there. */
  timeZone: string | undefined;
  /** Now by the portal's clock, from which the preset is counted. */
  now: () => number;
  onChange: (next: RangeChoice) => void;
  /** Presets offered; all of them when absent. */
  presets?: readonly RangePreset[];
}

/** The range a choice covers in the supplier's zone: valid dates win over the preset. */
export function rangeOf(choice: RangeChoice, timeZone: string, now: number): DateRange {
  return parseRange(choice.from, choice.to) ?? presetRange(choice.preset, timeZone, now);
}

/** Tells the host the range picked: `ld-range-change`, with the days it covers. */
export function emitRangeChange(
  host: HTMLElement,
  next: RangeChoice,
  timeZone: string | undefined,
  now: number,
): void {
  emit(host, 'ld-range-change', {
    preset: parseRange(next.from, next.to) ? 'custom' : next.preset,
    ...rangeOf(next, timeZone ?? 'UTC', now),
  });
}

/** The label of a range: its preset's name, or `from – to`. */
export function describeRange(choice: RangeChoice, term: RangePickerOptions['term']): string {
  const range = parseRange(choice.from, choice.to);
  return range
    ? term('range.custom', { from: range.from, to: range.to })
    : term(`preset.${choice.preset}`);
}

/**
 * A preset list with a "Custom range" choice that shows two native date fields: the
 * browser's own accessible picker, keyboard and screen-reader support included.
 */
export function renderRangePicker(current: RangeChoice, options: RangePickerOptions) {
  const { term: t, onChange } = options;
  // A copy: spreading an element would lose its accessor properties.
  const choice: RangeChoice = { preset: current.preset, from: current.from, to: current.to };
  const custom = !!parseRange(choice.from, choice.to);
  const onPreset = (event: Event) => {
    const picked = (event.target as HTMLSelectElement).value;
    if (picked !== 'custom')
      return onChange({ preset: picked as RangePreset, from: undefined, to: undefined });
    const { from, to } = presetRange(choice.preset, options.timeZone ?? 'UTC', options.now());
    onChange({ ...choice, from: choice.from ?? from, to: choice.to ?? to });
  };
  // A year typed digit by digit passes through 0002, 0020 and 0202: dates that far back
  // are a date still being typed, and asking the server for 1,800 years of data would stall it.
  const plausible = (date: string | undefined) => !!date && date >= '2000-01-01';
  const onDate = (end: 'from' | 'to') => (event: Event) => {
    const next = { ...choice, [end]: (event.target as HTMLInputElement).value || undefined };
    if (parseRange(next.from, next.to) && plausible(next.from) && plausible(next.to))
      onChange(next);
  };
  return html`<label>
      ${t('filter.range')}
      <select @change=${onPreset}>
        ${(options.presets ?? RANGE_PRESETS).map((preset) => html`<option value=${preset} ?selected=${!custom && choice.preset === preset}>${t(`preset.${preset}`)}</option>`)}
        <option value="custom" ?selected=${custom}>${t('preset.custom')}</option>
      </select>
    </label>
    ${
      custom
        ? html`<label
              >${t('filter.from')}<input
                type="date"
                .value=${choice.from ?? ''}
                max=${choice.to ?? ''}
                @change=${onDate('from')}
            /></label>
            <label
              >${t('filter.to')}<input
                type="date"
                .value=${choice.to ?? ''}
                min=${choice.from ?? ''}
                @change=${onDate('to')}
            /></label>`
        : nothing
    }`;
}
