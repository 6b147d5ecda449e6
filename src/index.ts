/** Everything: the core, plus every widget registered under its `ld-` tag. */
export * from './core.js';
export { LdPortal } from '../components/portal/define.js';
export { LdCapsMeter } from '../components/caps-meter/define.js';
export { LdIngestionLog } from '../components/ingestion-log/define.js';
export { LdPayoutSummary } from '../components/payout-summary/define.js';
export { LdApiSpec } from '../components/api-spec/define.js';
export { LdPauseToggle } from '../components/pause-toggle/define.js';
export type {
  PauseChangeDetail,
  PauseRequestDetail,
} from '../components/pause-toggle/pause-toggle.js';
export type { CopyDetail } from '../components/api-spec/api-spec.js';
export type { KeyRevealDetail, KeyRotateDetail } from '../components/api-spec/api-key.js';
export type { SettingsSaveDetail } from '../components/api-spec/integration-settings.js';
export type { CapChangeDetail } from '../components/caps-meter/caps-meter.js';
export type { FilterChangeDetail, LogColumn } from '../components/ingestion-log/ingestion-log.js';
export type {
  IntervalChoice,
  RangeChangeDetail,
} from '../components/payout-summary/payout-summary.js';
