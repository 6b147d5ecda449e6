// The keys of a portal scope's cache, in one place. A key carries the type of the value it
// holds, so a read, an update or a refresh of the wrong shape fails to compile.
import type { ApiSpec, Integration } from './contract/api-spec.js';
import type { Cap } from './contract/caps.js';
import type { IngestionLogDetail, IngestionLogPage } from './contract/ingestion.js';
import type { PayoutSummary } from './contract/payouts.js';
import type { IngestionStats } from './contract/ingestion-stats.js';
import type { Portal } from './contract/portal.js';

declare const holds: unique symbol;

/** A cache key; `T` is the value it holds. Equal keys share one request and one value. */
export type CacheKey<T> = string & { readonly [holds]: T };

/** The value type a key holds. */
export type ValueOf<K> = K extends CacheKey<infer T> ? T : never;

const key = <T>(name: string) => name as CacheKey<T>;

/** A query as a stable string: equal queries in any key order give the same key. */
function queryString(query: object): string {
  const entries = Object.entries(query)
    .filter(([, value]) => value !== undefined && value !== '')
    // A code-unit sort: `localeCompare` would build a collator on the first page's path.
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return String(new URLSearchParams(entries.map(([k, v]) => [k, String(v)])));
}

// Keys one by one, so a bundle holds only those its widgets use: `import * as cacheKeys`.
export const portal = key<Portal>('portal');
export const caps = key<Cap[]>('caps');
export const apiSpec = key<ApiSpec>('api-spec');
export const integration = key<Integration>('integration');
/** One lead in full. */
export const lead = (id: string) => key<IngestionLogDetail>(`ingestion-log/${id}`);
/** A page of the ingestion log; `live` is the newest page fetched again for live refresh. */
export const logPage = (query: object, { live = false } = {}) =>
  key<IngestionLogPage>(`ingestion-logs?${queryString(query)}${live ? '#live' : ''}`);
/** Payouts over a range, named by its dates or its preset, and by the interval. */
export const payouts = (range: string, interval: string) =>
  key<PayoutSummary>(`payouts?${range}&${interval}`);
/** The intake report over a range, named by its dates or preset, interval, campaign and grouping. */
export const ingestionStats = (query: object) =>
  key<IngestionStats>(`ingestion-stats?${queryString(query)}`);
