/**
 * Every widget's class, with no tag registered: for a host that registers its own names
 * (`customElements.define('acme-caps', LdCapsMeter)`) or scoped registries.
 */
export { LdPortal } from '../components/portal/portal.js';
export { LdCapsMeter } from '../components/caps-meter/caps-meter.js';
export { LdIngestionLog } from '../components/ingestion-log/ingestion-log.js';
export { LdPayoutSummary } from '../components/payout-summary/payout-summary.js';
export { LdApiSpec } from '../components/api-spec/api-spec.js';
export { LdPauseToggle } from '../components/pause-toggle/pause-toggle.js';
