import { html, nothing, svg } from 'lit';
import type {
  GroupStats,
  IngestionStats,
  ReasonStats,
  StatsGroupBy,
} from '../../src/api/contract/ingestion-stats.js';
import type { LocalizeController } from '../../src/localize/localize.js';
import { bounded, renderCut } from '../../src/ui/bounded.js';
import { styleProps } from '../../src/ui/style-props.js';
import { renderReasonCode } from '../../src/ui/lead-terms.js';
import type { IntakeReportStrings } from './intake-report.strings.js';

type Localize = LocalizeController<IntakeReportStrings>;

/** Reasons and groups drawn at most; the rest are said to be left out. */
const MOST = { reasons: 50, groups: 200 };

export type GroupColumn = 'name' | 'sent' | 'accepted' | 'rate';
export interface GroupSort {
  column: GroupColumn;
  descending: boolean;
}

/** A small line of a reason's count per bucket, scaled to its own highest. */
function sparkline(values: readonly number[]) {
  let high = 1;
  for (const value of values) high = Math.max(high, value);
  const step = values.length > 1 ? 100 / (values.length - 1) : 0;
  const points = values
    .map((value, index) => `${(index * step).toFixed(2)},${(22 - (value / high) * 20).toFixed(2)}`)
    .join(' ');
  return svg`<svg class="spark" viewBox="0 0 100 24" preserveAspectRatio="none" aria-hidden="true">
    <polyline points=${points}></polyline>
  </svg>`;
}

/** The reasons leads were rejected for, most frequent first: each a way into the log. */
export function renderReasons(
  localize: Localize,
  stats: IngestionStats,
  onSelect: (reason: ReasonStats) => void,
) {
  const t = localize.term.bind(localize);
  const list = bounded(stats.reasons, MOST.reasons);
  const before = new Map(stats.previous.reasons.map((reason) => [reason.code, reason.count]));
  return html`<section class="reasons" part="reasons" aria-labelledby="reasons-title">
    <h3 id="reasons-title">${t('reasons')}</h3>
    ${
      list.shown.length
        ? html`<div class="table-scroll">
            <table aria-labelledby="reasons-title">
              <thead>
                <tr>
                  <th scope="col">${t('column.reason')}</th>
                  <th scope="col">${t('column.count')}</th>
                  <th scope="col">${t('column.share')}</th>
                  <th scope="col">${t('column.trend')}</th>
                </tr>
              </thead>
              <tbody>
                ${list.shown.map(
                  (reason) =>
                    html`<tr data-code=${reason.code}>
                      <th scope="row">
                        <button
                          type="button"
                          class="link"
                          part="reason"
                          @click=${() => onSelect(reason)}
                        >
                          ${renderReasonCode(t, reason.code)}<span class="visually-hidden"
                            >: ${t('showInLog')}</span
                          >
                        </button>
                      </th>
                      <td>${localize.number(reason.count)}</td>
                      <td>
                        <span class="share">
                          <span
                            class="share-bar"
                            ${styleProps({ '--_share': `${(reason.share * 100).toFixed(1)}%` })}
                          ></span>
                        </span>
                        <span class="share-value">${localize.percent(reason.share, 1)}</span>
                      </td>
                      <td class="trend">
                        ${sparkline(reason.buckets)}
                        <span class="muted"
                          >${t('reasonTrend', { previous: before.get(reason.code) ?? 0 })}</span
                        >
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : html`<p class="muted">${t('noRejections')}</p>`
    }
    ${renderCut(list, localize)}
  </section>`;
}

const COLUMNS: readonly GroupColumn[] = ['name', 'sent', 'accepted', 'rate'];

export function sortGroups(groups: readonly GroupStats[], sort: GroupSort): GroupStats[] {
  const value = (group: GroupStats) =>
    sort.column === 'name'
      ? group.name
      : sort.column === 'rate'
        ? (group.acceptanceRate ?? -1)
        : group[sort.column];
  const direction = sort.descending ? -1 : 1;
  return [...groups].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order =
      typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number);
    return order * direction || (a.key < b.key ? -1 : 1);
  });
}

/** Sent, accepted and acceptance per campaign or sub-ID, sortable by each column. */
export function renderGroups(
  localize: Localize,
  stats: IngestionStats,
  options: {
    sort: GroupSort;
    onSort: (column: GroupColumn) => void;
    onSelect: (group: GroupStats) => void;
  },
) {
  if (stats.groupBy === 'none') return nothing;
  const t = localize.term.bind(localize);
  const byCampaign = stats.groupBy === 'campaign';
  const list = bounded(sortGroups(stats.groups, options.sort), MOST.groups);
  const heads: Record<GroupColumn, string> = {
    name: t(byCampaign ? 'column.campaign' : 'column.subId'),
    sent: t('column.sent'),
    accepted: t('column.accepted'),
    rate: t('column.rate'),
  };
  return html`<section class="groups" part="groups" aria-labelledby="groups-title">
    <h3 id="groups-title">${t(groupTitle(stats.groupBy))}</h3>
    <div class="table-scroll">
      <table aria-labelledby="groups-title">
        <thead>
          <tr>
            ${COLUMNS.map((column) => {
              const sorted = options.sort.column === column;
              return html`<th
                scope="col"
                data-column=${column}
                aria-sort=${sorted ? (options.sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button
                  type="button"
                  class="sort"
                  part="sort"
                  data-column=${column}
                  @click=${() => options.onSort(column)}
                >
                  ${heads[column]}<span class="arrow" aria-hidden="true"
                    >${sorted ? (options.sort.descending ? '▼' : '▲') : ''}</span
                  >
                </button>
              </th>`;
            })}
          </tr>
        </thead>
        <tbody>
          ${list.shown.map(
            (group) =>
              html`<tr>
                <th scope="row" dir="auto">
                  ${
                    byCampaign
                      ? html`<button
                          type="button"
                          class="link"
                          part="campaign"
                          @click=${() => options.onSelect(group)}
                        >
                          ${group.name}<span class="visually-hidden">: ${t('showInLog')}</span>
                        </button>`
                      : html`<span class="mono">${group.name}</span>`
                  }
                </th>
                <td>${localize.number(group.sent)}</td>
                <td data-column="accepted">${localize.number(group.accepted)}</td>
                <td>
                  ${group.acceptanceRate === null ? '–' : localize.percent(group.acceptanceRate, 1)}
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${renderCut(list, localize)}
  </section>`;
}

function groupTitle(groupBy: Exclude<StatsGroupBy, 'none'>) {
  return groupBy === 'campaign' ? 'groupsCampaign' : 'groupsSubId';
}
