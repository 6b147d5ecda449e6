import type { CommonStrings } from '../src/localize/strings.js';
import type { rangeStrings } from '../src/ui/range-picker.js';
import type { leadStrings } from '../src/ui/lead-terms.js';
import type { Translation } from '../src/localize/translation.js';
import type { ApiSpecStrings } from '../components/api-spec/api-spec.strings.js';
import type { CapsMeterStrings } from '../components/caps-meter/caps-meter.strings.js';
import type { IngestionLogStrings } from '../components/ingestion-log/ingestion-log.strings.js';
import type { PauseToggleStrings } from '../components/pause-toggle/pause-toggle.strings.js';
import type { PayoutSummaryStrings } from '../components/payout-summary/payout-summary.strings.js';
import type { IntakeReportStrings } from '../components/intake-report/intake-report.strings.js';

type Shared = CommonStrings & typeof rangeStrings & typeof leadStrings;
type Own<S> = Translation<Omit<S, keyof Shared>>;

/**
 * A complete shipped language: every English key of every part, and no other. A language
 * file declares itself `satisfies ShippedLanguage`, so a missing or misspelled key fails `tsc`.
 */
export interface ShippedLanguage {
  common: Translation<Shared>;
  'api-spec': Own<ApiSpecStrings>;
  'caps-meter': Own<CapsMeterStrings>;
  'ingestion-log': Own<IngestionLogStrings>;
  'pause-toggle': Own<PauseToggleStrings>;
  'payout-summary': Own<PayoutSummaryStrings>;
  'intake-report': Own<IntakeReportStrings>;
}
