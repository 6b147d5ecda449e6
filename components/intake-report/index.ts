// The widget's public face: its class, the types of its events, and what the framework
// typings and `HTMLElementTagNameMap` know of it. entries/registry.ts lists this file.
import type { LdIntakeReport } from './intake-report.js';
import type { ReportIntervalChoice, ReportSelectDetail } from './intake-report.js';
import type { RangeChangeDetail } from '../../src/ui/range-picker.js';
export type { ReportIntervalChoice, ReportSelectDetail };
export { LdIntakeReport } from './intake-report.js';

declare module '../../src/typings.js' {
  interface WidgetTypings {
    'ld-intake-report': {
      element: LdIntakeReport;
      props: 'preset' | 'from' | 'to' | 'interval' | 'campaign' | 'groupBy';
      events: {
        'ld-report-select': CustomEvent<ReportSelectDetail>;
        'ld-range-change': CustomEvent<RangeChangeDetail>;
      };
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ld-intake-report': LdIntakeReport;
  }
}
