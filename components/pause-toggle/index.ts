// The widget's public face: its class, the types of its events, and what the framework
// typings and `HTMLElementTagNameMap` know of it. entries/registry.ts lists this file.
import type { LdPauseToggle } from './pause-toggle.js';
import type { PauseChangeDetail, PauseRequestDetail } from './pause-toggle.js';
export type { PauseChangeDetail, PauseRequestDetail };
export { LdPauseToggle } from './pause-toggle.js';

declare module '../../src/typings.js' {
  interface WidgetTypings {
    'ld-pause-toggle': {
      element: LdPauseToggle;
      props: never;
      events: {
        'ld-pause-request': CustomEvent<PauseRequestDetail>;
        'ld-pause-change': CustomEvent<PauseChangeDetail>;
        change: Event;
      };
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-pause-toggle': LdPauseToggle;
  }
}
