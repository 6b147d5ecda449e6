// The widget's public face: its class, the types of its events, and what the framework
// typings and `HTMLElementTagNameMap` know of it. entries/registry.ts lists this file.
import type { LdPayoutSummary } from './payout-summary.js';
import type { IntervalChoice, RangeChangeDetail } from './payout-summary.js';
export type { IntervalChoice, RangeChangeDetail };
export { LdPayoutSummary } from './payout-summary.js';

declare module '../../src/typings.js' {
  interface WidgetTypings {
    'ld-payout-summary': {
      element: LdPayoutSummary;
      props: 'preset' | 'from' | 'to' | 'interval';
      events: { 'ld-range-change': CustomEvent<RangeChangeDetail> };
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-payout-summary': LdPayoutSummary;
  }
}
