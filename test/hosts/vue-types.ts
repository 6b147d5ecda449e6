// Type-checked by `npm test` (tsc -p test/hosts): Vue's GlobalComponents know every widget's
// props and events; a wrong value must fail (each @ts-expect-error must be needed).
import type {} from '../../entries/vue.js';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const meter: Props<'ld-caps-meter'> = {
  periods: 'daily',
  kind: 'budget',
  'onLd-cap-change': (event) => console.log(event.detail.cap.limit),
};
export const toggle: Props<'ld-pause-toggle'> = {
  'onLd-pause-request': (event) => event.preventDefault(),
};
export const report: Props<'ld-intake-report'> = {
  groupBy: 'sub_id',
  'onLd-report-select': (event) => console.log(event.detail.kind, event.detail.count),
};
// @ts-expect-error: kind is 'leads' or 'budget'
export const wrongKind: Props<'ld-caps-meter'> = { kind: 'money' };
export const wrongDetail: Props<'ld-payout-summary'> = {
  // @ts-expect-error: the event detail has no such field
  'onLd-range-change': (event) => console.log(event.detail.buyerPrice),
};
