// The widget's public face: its class, the types of its events, and what the framework
// typings and `HTMLElementTagNameMap` know of it. entries/registry.ts lists this file.
import type { LdPortal } from './portal.js';

export { LdPortal } from './portal.js';

declare module '../../src/typings.js' {
  interface WidgetTypings {
    'ld-portal': {
      element: LdPortal;
      props: 'apiBase' | 'auth' | 'portalId' | 'timeout';
      events: Record<never, never>;
      attributes: { 'api-base'?: string; 'portal-id'?: string };
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-portal': LdPortal;
  }
}
