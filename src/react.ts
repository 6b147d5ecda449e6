/**
 * JSX typings for React 19, which sets a custom element's known properties as properties
 * and listens to its events through `on<event-name>` props. Add once, anywhere:
 *
 *   import type {} from '@leaddistro/supplier-widgets/react';
 *
 * Then `<ld-caps-meter periods="daily" onld-cap-change={(e) => e.detail.cap} />` is typed.
 */
import type { HTMLAttributes, Ref } from 'react';
import type { LdPortal } from '../components/portal/portal.js';
import type { LdCapsMeter, CapChangeDetail } from '../components/caps-meter/caps-meter.js';
import type {
  LdIngestionLog,
  FilterChangeDetail,
} from '../components/ingestion-log/ingestion-log.js';
import type {
  LdPayoutSummary,
  RangeChangeDetail,
} from '../components/payout-summary/payout-summary.js';
import type { LdApiSpec, CopyDetail } from '../components/api-spec/api-spec.js';
import type { KeyRevealDetail, KeyRotateDetail } from '../components/api-spec/api-key.js';
import type { SettingsSaveDetail } from '../components/api-spec/integration-settings.js';
import type {
  LdPauseToggle,
  PauseChangeDetail,
  PauseRequestDetail,
} from '../components/pause-toggle/pause-toggle.js';
import type { AuthExpiredDetail, WidgetErrorDetail } from './events.js';

type Common = 'theme' | 'locale' | 'strings';

/** A widget's public properties, its events as `on<event>` props, and the usual HTML ones. */
type WidgetProps<E, K extends keyof E, Events> = Partial<Pick<E, K | Extract<Common, keyof E>>> &
  Omit<HTMLAttributes<E>, 'onChange'> & {
    ref?: Ref<E>;
    children?: unknown;
  } & { [N in keyof Events as `on${N & string}`]?: (event: Events[N]) => void } & {
    'onld-error'?: (event: CustomEvent<WidgetErrorDetail>) => void;
    'onld-auth-expired'?: (event: CustomEvent<AuthExpiredDetail>) => void;
  };

export interface SupplierWidgetsJSX {
  'ld-portal': WidgetProps<
    LdPortal,
    'apiBase' | 'auth' | 'portalId' | 'timeout',
    Record<never, never>
  > & { 'api-base'?: string; 'portal-id'?: string };
  'ld-caps-meter': WidgetProps<
    LdCapsMeter,
    'periods' | 'kind' | 'refreshInterval',
    { 'ld-cap-change': CustomEvent<CapChangeDetail> }
  >;
  'ld-ingestion-log': WidgetProps<
    LdIngestionLog,
    | 'preset'
    | 'from'
    | 'to'
    | 'status'
    | 'campaign'
    | 'search'
    | 'exportMode'
    | 'refreshInterval'
    | 'columns',
    { 'ld-filter-change': CustomEvent<FilterChangeDetail> }
  >;
  'ld-payout-summary': WidgetProps<
    LdPayoutSummary,
    'preset' | 'from' | 'to' | 'interval',
    { 'ld-range-change': CustomEvent<RangeChangeDetail> }
  >;
  'ld-api-spec': WidgetProps<
    LdApiSpec,
    'revealSeconds',
    {
      'ld-copy': CustomEvent<CopyDetail>;
      'ld-key-reveal': CustomEvent<KeyRevealDetail>;
      'ld-key-rotate': CustomEvent<KeyRotateDetail>;
      'ld-settings-save': CustomEvent<SettingsSaveDetail>;
    }
  >;
  'ld-pause-toggle': WidgetProps<
    LdPauseToggle,
    never,
    {
      'ld-pause-request': CustomEvent<PauseRequestDetail>;
      'ld-pause-change': CustomEvent<PauseChangeDetail>;
      change: Event;
    }
  >;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends SupplierWidgetsJSX {}
  }
}
