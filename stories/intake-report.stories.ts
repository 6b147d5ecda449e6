import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { RANGE_PRESETS } from '../src/localize/date-range.js';
import { findPart, type MockParameters } from './support.js';

interface Args {
  theme?: 'light' | 'dark' | 'system';
  locale?: string;
  preset: string;
  interval: string;
  'group-by': string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Intake report',
  component: 'ld-intake-report',
  args: { preset: 'last-30-days', interval: 'auto', 'group-by': 'campaign' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    preset: { control: 'select', options: [...RANGE_PRESETS] },
    interval: { control: 'inline-radio', options: ['auto', 'hour', 'day', 'week', 'month'] },
    'group-by': { control: 'inline-radio', options: ['campaign', 'sub_id', 'none'] },
  },
  render: (args) =>
    html`<ld-intake-report
      theme=${args.theme || nothing}
      locale=${args.locale || nothing}
      preset=${args.preset}
      interval=${args.interval}
      group-by=${args['group-by']}
    ></ld-intake-report>`,
};
export default meta;

type Story = StoryObj<Args>;
const mock = (parameters: MockParameters) => ({ mock: parameters });
const play = (name: string, act: (part: HTMLElement) => void): Story['play'] => {
  return async ({ canvasElement }) => {
    const part = await findPart(canvasElement, 'ld-intake-report', name);
    if (part) act(part);
    canvasElement.dataset.played = 'true';
  };
};

/** The last 30 days: acceptance against the previous period, leads by day, reasons, campaigns. */
export const Default: Story = {};

/** Yesterday, hour by hour, compared by sub-ID. */
export const ByHourAndSubId: Story = { args: { preset: 'yesterday', 'group-by': 'sub_id' } };

/** A quarter, by week. */
export const ByWeek: Story = { args: { preset: 'this-quarter' } };

/** The leads per period as a table, one toggle away from the chart. */
export const AsTable: Story = { play: play('view-toggle', (toggle) => toggle.click()) };

/** A bar in keyboard focus, with its tooltip. */
export const BarInFocus: Story = { play: play('bar', (bar) => bar.focus()) };

/** Choosing a reason shows its rejections in the portal's log below, as many as counted. */
export const DrillDownIntoTheLog: Story = {
  render: () =>
    html`<ld-intake-report></ld-intake-report>
      <ld-ingestion-log style="margin-block-start: 1rem"></ld-ingestion-log>`,
  play: async ({ canvasElement }) => {
    const reason = await findPart(canvasElement, 'ld-intake-report', 'reason');
    reason?.click();
    // Played once the log lists the reason's leads, no longer dimmed while they load.
    const log = canvasElement.querySelector('ld-ingestion-log');
    const settled = () =>
      !!log?.getAttribute('reason') &&
      log.shadowRoot?.querySelector('[role="table"]')?.getAttribute('aria-busy') === 'false';
    for (let i = 0; i < 100 && !settled(); i++) await new Promise((r) => setTimeout(r, 50));
    canvasElement.dataset.played = 'true';
  },
};

export const Empty: Story = { parameters: mock({ person: 'cleo' }) };

export const Loading: Story = { parameters: mock({ control: { hang: ['/v1/ingestion-stats'] } }) };

export const ServerError: Story = {
  parameters: mock({
    control: { faults: [{ path: '/v1/ingestion-stats', status: 503, retryAfter: 0 }] },
  }),
};

export const Forbidden: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/ingestion-stats', status: 403 }] } }),
};

/** A server that adds buyer fields and another supplier's records: none of it shows. */
export const LeakyServer: Story = { parameters: mock({ control: { leak: true } }) };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const German: Story = { args: { locale: 'de-DE' } };

export const ArabicRightToLeft: Story = { args: { locale: 'ar-EG' } };
