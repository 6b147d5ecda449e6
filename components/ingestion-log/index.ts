// The widget's public face: its class, the types of its events, and what the framework
// typings and `HTMLElementTagNameMap` know of it. entries/registry.ts lists this file.
import type { LdIngestionLog } from './ingestion-log.js';
import type { FilterChangeDetail, LogColumn } from './ingestion-log.js';
export type { FilterChangeDetail, LogColumn };
export { LdIngestionLog } from './ingestion-log.js';

declare module '../../src/typings.js' {
  interface WidgetTypings {
    'ld-ingestion-log': {
      element: LdIngestionLog;
      props:
        | 'preset'
        | 'from'
        | 'to'
        | 'status'
        | 'campaign'
        | 'reason'
        | 'search'
        | 'exportMode'
        | 'refreshInterval'
        | 'columns';
      events: { 'ld-filter-change': CustomEvent<FilterChangeDetail> };
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-ingestion-log': LdIngestionLog;
  }
}
