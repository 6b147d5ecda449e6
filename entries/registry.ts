// Every widget, one line each: the one list the entries, the framework typings, the build and
// the checks derive theirs from (scripts/widgets.mjs reads these lines). `ld-portal` first.
export * from '../components/portal/index.js';
export * from '../components/caps-meter/index.js';
export * from '../components/ingestion-log/index.js';
export * from '../components/payout-summary/index.js';
export * from '../components/intake-report/index.js';
export * from '../components/api-spec/index.js';
export * from '../components/pause-toggle/index.js';
