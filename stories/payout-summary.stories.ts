import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { RANGE_PRESETS } from '../src/localize/date-range.js';
import type { MockParameters } from './support.js';

interface Args {
  theme?: 'light' | 'dark' | 'system';
  locale?: string;
  preset: string;
  interval: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Payout summary',
  component: 'ld-payout-summary',
  args: { preset: 'last-30-days', interval: 'auto' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    preset: { control: 'select', options: [...RANGE_PRESETS] },
    interval: { control: 'inline-radio', options: ['auto', 'day', 'week', 'month'] },
  },
  render: ({ theme, locale, preset, interval }) =>
    html`<ld-payout-summary
      theme=${theme || nothing}
      locale=${locale || nothing}
      preset=${preset}
      interval=${interval}
    ></ld-payout-summary>`,
};
export default meta;

type Story = StoryObj<Args>;
const mock = (parameters: MockParameters) => ({ mock: parameters });

/** A Fixed-price supplier's last 30 days: $12.50 for each paid lead. */
export const Default: Story = {};

/** A Revenue Share supplier sees their share only: no per-lead amount, no buyer price. */
export const RevenueShare: Story = { parameters: mock({ portalId: 'org_northwind_bright' }) };

/** The cost mode changed ten days ago: both parts, each with its dates. */
export const ModeChanged: Story = { parameters: mock({ person: 'ben' }) };

/** A quarter, broken down by week. */
export const ByWeek: Story = { args: { preset: 'this-quarter' } };

/** The same figures as a table, one toggle away from the chart. */
export const AsTable: Story = {
  play: async ({ canvasElement }) => {
    const toggle = await part(canvasElement, 'view-toggle');
    toggle?.click();
    canvasElement.dataset.played = 'true';
  },
};

/** A bar in keyboard focus, with its tooltip. */
export const BarInFocus: Story = {
  play: async ({ canvasElement }) => {
    (await part(canvasElement, 'bar'))?.focus();
    canvasElement.dataset.played = 'true';
  },
};

export const Empty: Story = { parameters: mock({ person: 'cleo' }) };

export const Loading: Story = { parameters: mock({ control: { hang: ['/v1/payouts'] } }) };

export const ServerError: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/payouts', status: 503, retryAfter: 0 }] } }),
};

export const Forbidden: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/payouts', status: 403 }] } }),
};

/** A server that sends a Revenue Share supplier the buyer's price and a gross: none of it shows. */
export const LeakyServer: Story = {
  parameters: mock({ portalId: 'org_northwind_bright', control: { leak: true } }),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const German: Story = { args: { locale: 'de-DE' } };

export const ArabicRightToLeft: Story = { args: { locale: 'ar-EG' } };

/** Waits for the widget's data, then finds one of its parts. */
async function part(canvas: HTMLElement, name: string): Promise<HTMLElement | null> {
  const widget = canvas.querySelector('ld-payout-summary')!;
  const find = () => widget.shadowRoot?.querySelector<HTMLElement>(`[part="${name}"]`) ?? null;
  for (let i = 0; i < 100 && !find(); i++) await new Promise((r) => setTimeout(r, 50));
  return find();
}

/** Text overrides that are very long, or look like markup: they wrap, and stay text. */
export const LongAndHostileStrings: Story = {
  render: () =>
    html`<ld-payout-summary
      .strings=${{
        title: 'Verdienste und Auszahlungen für alle Kampagnen im gewählten Zeitraum, ausführlich',
        'total.amount': '<img src=x onerror=alert(1)> Verdient (vor Abzügen)',
        'mode.fixed':
          'Festpreis pro angenommenem und bezahltem Lead, laut Vertrag mit Ihrer Agentur',
        showTable: '"Als Tabelle anzeigen" — ${alert(1)} `whoami`',
      }}
    ></ld-payout-summary>`,
};
