// The widget's public face: its class, the types of its events, and what the framework
// typings and `HTMLElementTagNameMap` know of it. entries/registry.ts lists this file.
import type { LdCapsMeter } from './caps-meter.js';
import type { CapChangeDetail } from './caps-meter.js';
export type { CapChangeDetail };
export { LdCapsMeter } from './caps-meter.js';

declare module '../../src/typings.js' {
  interface WidgetTypings {
    'ld-caps-meter': {
      element: LdCapsMeter;
      props: 'periods' | 'kind' | 'refreshInterval';
      events: { 'ld-cap-change': CustomEvent<CapChangeDetail> };
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-caps-meter': LdCapsMeter;
  }
}
