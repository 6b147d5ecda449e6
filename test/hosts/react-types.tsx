// Type-checked by `npm test` (tsc -p test/hosts): the React 19 typings accept the widgets'
// real props and events, and refuse wrong ones (each @ts-expect-error must be needed).
import type {} from '../../entries/react.js';
import { useRef } from 'react';
import type { LdCapsMeter } from '../../components/caps-meter/caps-meter.js';

export function Portal() {
  const meter = useRef<LdCapsMeter>(null);
  return (
    <ld-portal api-base="https://api.leaddistro.ai" theme="dark" locale="en-GB">
      <ld-caps-meter
        ref={meter}
        periods="daily weekly"
        kind="budget"
        refreshInterval={60}
        onld-cap-change={(event) => console.log(event.detail.cap.limit, event.detail.previousLimit)}
      />
      <ld-ingestion-log
        preset="last-30-days"
        status="rejected"
        columns={['receivedAt', 'id', 'status']}
        onld-filter-change={(event) => console.log(event.detail.status)}
      />
      <ld-payout-summary
        interval="week"
        onld-range-change={(event) => console.log(event.detail.from)}
      />
      <ld-intake-report
        groupBy="sub_id"
        interval="hour"
        onld-report-select={(event) => console.log(event.detail.reason, event.detail.count)}
      />
      <ld-ingestion-log reason="invalid_phone" />
      <ld-api-spec
        revealSeconds={10}
        onld-key-rotate={(event) => console.log(event.detail.previousKeyExpiresAt)}
      />
      <ld-pause-toggle
        onld-pause-request={(event) => event.preventDefault()}
        onld-pause-change={(event) => console.log(event.detail.paused)}
      />
      {/* @ts-expect-error: kind is 'leads' or 'budget' */}
      <ld-caps-meter kind="money" />
      {/* @ts-expect-error: not a status */}
      <ld-ingestion-log status="lost" />
      {/* @ts-expect-error: the event detail has no such field */}
      <ld-payout-summary onld-range-change={(event) => console.log(event.detail.buyerPrice)} />
      {/* @ts-expect-error: the report compares campaigns or sub-IDs, never buyers */}
      <ld-intake-report groupBy="buyer" />
      {/* @ts-expect-error: the event detail has no such field */}
      <ld-intake-report onld-report-select={(event) => console.log(event.detail.buyerName)} />
      {/* @ts-expect-error: interval is day, week, month or auto */}
      <ld-payout-summary interval="year" />
    </ld-portal>
  );
}
