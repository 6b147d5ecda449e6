import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { RANGE_PRESETS } from '../src/localize/date-range.js';

/** The manifest names some attribute types by alias; these are their values. */
const ALIASES: Record<string, readonly string[]> = {
  Theme: ['light', 'dark', 'system'],
  RangePreset: RANGE_PRESETS,
  LeadStatus: ['accepted', 'unmatched', 'rejected', 'test'],
  CapKind: ['leads', 'budget'],
  IntervalChoice: ['auto', 'day', 'week', 'month'],
};

/** Documented in the table, never a control: what a host listens to or styles. */
const NOT_CONTROLS = ['events', 'slots', 'css custom properties', 'css shadow parts'];

/**
 * Controls typed from the manifest: a union of strings (or a known alias) is a select, a
 * string a text field, a number or boolean its own control; an object (auth, clock,
 * strings) and anything that is not an input (events, slots, parts, custom properties)
 * gets no control, rather than Storybook's "Set object".
 */
export const typedControls: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = String(argType.table?.category ?? '');
      if (NOT_CONTROLS.includes(category)) return [name, { ...argType, control: false }];
      if (category !== 'attributes' && category !== 'properties') return [name, argType];
      const text = String(argType.table?.type?.summary ?? '')
        .split('|')
        .map((part) => part.trim())
        .filter((part) => part && part !== 'undefined' && part !== 'null');
      const literals = text.flatMap(
        (part) => ALIASES[part] ?? (/^'[^']*'$/.test(part) ? [part.slice(1, -1)] : []),
      );
      if (literals.length && literals.length >= text.length)
        return [name, { ...argType, control: { type: 'select' }, options: literals }];
      const [only] = text;
      if (text.length === 1 && ['string', 'number', 'boolean'].includes(only!))
        return [name, { ...argType, control: { type: only === 'string' ? 'text' : only } }];
      return [name, { ...argType, control: false }];
    }),
  );
