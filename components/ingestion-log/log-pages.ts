import type { ReactiveElement } from 'lit';
import type { IngestionLogEntry, IngestionLogQuery } from '../../src/api/contract/ingestion.js';
import { listIngestionLogs } from '../../src/api/operations.js';
import * as cacheKeys from '../../src/api/keys.js';
import type { DataStatus } from '../../src/controllers/data.js';
import { PagedDataController, type PagedResource } from '../../src/controllers/paged-data.js';
import type { Portal } from '../../src/api/contract/portal.js';
import { presetRange, type RangePreset } from '../../src/localize/date-range.js';
import type { PortalLink } from '../../src/portal/link.js';

/**
 * The filters of the log; the cursor and page size are the pager's business. A `preset`
 * range is turned into dates only when the request is made, in the portal's time zone.
 */
export type LogFilters = Omit<IngestionLogQuery, 'cursor' | 'limit'> & {
  preset?: RangePreset | undefined;
};

/** The query for one page of a filtered set. */
export function pageQueryOf(
  query: IngestionLogQuery,
  cursor: string | undefined,
): IngestionLogQuery {
  return cursor ? { ...query, cursor } : query;
}

/**
 * The query the API gets: a preset becomes `from`/`to` in the supplier's time zone,
 * counted from `now` by the portal's clock.
 */
export function apiQuery(
  { preset, ...query }: LogFilters & { limit?: number; cursor?: string | undefined },
  portal: Portal,
  now: number,
): IngestionLogQuery {
  return preset ? { ...query, ...presetRange(preset, portal.timeZone, now) } : query;
}

/** The log's pages: keyed by their query, newest first, so newer leads go on top. */
const logResource: PagedResource<IngestionLogEntry, LogFilters> = {
  key: (filters, position, options) => cacheKeys.logPage({ ...filters, ...position }, options),
  load: (client, filters, position, portal, signal) =>
    client.call(listIngestionLogs, {
      query: apiQuery({ ...filters, ...position }, portal, client.now()),
      signal,
    }),
  isNewer: (item, newest) => item.receivedAt >= (newest?.receivedAt ?? ''),
};

export interface LogPagesOptions {
  filters: () => LogFilters;
  pageSize?: number;
  /** Seconds between checks for new leads while the page is visible; 0 turns it off. */
  refreshInterval?: () => number;
  /** Called with how many new leads were put at the top of the list. */
  onNewLeads?: (count: number) => void;
  /** Told the first page's every status. */
  onStatus?: (status: DataStatus) => void;
}

/**
 * The leads of the log, page after page by server cursor, through the shared paged-read
 * controller; everything restarts when the filters or the portal change.
 */
export class LogPages extends PagedDataController<IngestionLogEntry, LogFilters> {
  constructor(host: ReactiveElement, link: PortalLink, options: LogPagesOptions) {
    super(host, link, { ...options, resource: logResource, onNewItems: options.onNewLeads });
  }
}
