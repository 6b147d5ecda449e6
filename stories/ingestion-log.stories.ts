import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { RANGE_PRESETS } from '../src/localize/date-range.js';
import type { MockParameters } from './support.js';

interface Args {
  theme?: 'light' | 'dark' | 'system';
  locale?: string;
  preset: string;
  status: string;
  reason: string;
  columns: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Ingestion log',
  component: 'ld-ingestion-log',
  args: { preset: 'last-7-days', status: '', reason: '', columns: '' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    preset: { control: 'select', options: [...RANGE_PRESETS] },
    status: { control: 'inline-radio', options: ['', 'accepted', 'unmatched', 'rejected', 'test'] },
  },
  render: ({ theme, locale, preset, status, reason, columns }) =>
    html`<ld-ingestion-log
      theme=${theme || nothing}
      locale=${locale || nothing}
      preset=${preset}
      status=${status || nothing}
      reason=${reason || nothing}
      columns=${columns || nothing}
    ></ld-ingestion-log>`,
};
export default meta;

type Story = StoryObj<Args>;
const mock = (parameters: MockParameters) => ({ mock: parameters });

/** The last seven days of a busy supplier, newest first. */
export const Default: Story = {};

/** Rejections only, with their reasons and field errors. */
export const Rejected: Story = { args: { status: 'rejected' } };

/** A host showing three columns, reordered. */
/** One rejection reason only, as the intake report's drill-down sets it, with the way back. */
export const ByReason: Story = { args: { preset: 'last-30-days', reason: 'invalid_phone' } };

export const FewerColumns: Story = { args: { columns: 'status id receivedAt' } };

/** A supplier in test mode sees its test leads. */
export const TestMode: Story = { args: { status: 'test' }, parameters: mock({ person: 'ben' }) };

/** A new portal: nothing sent yet, and the filters are named. */
export const Empty: Story = { parameters: mock({ person: 'cleo' }) };

export const Loading: Story = { parameters: mock({ control: { hang: ['/v1/ingestion-logs'] } }) };

export const ServerError: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/ingestion-logs', status: 500 }] } }),
};

export const Forbidden: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/ingestion-logs', status: 403 }] } }),
};

/** A server that leaks buyer fields and another supplier's leads: none of it shows. */
export const LeakyServer: Story = { parameters: mock({ control: { leak: true } }) };

export const Dark: Story = { args: { theme: 'dark' } };

export const ArabicRightToLeft: Story = { args: { locale: 'ar-EG' } };

/** A rejected lead opened in the detail dialog. */
export const LeadDetail: Story = {
  args: { status: 'rejected' },
  play: async ({ canvasElement }) => {
    const log = canvasElement.querySelector('ld-ingestion-log')!;
    const root = () => log.shadowRoot;
    for (let i = 0; i < 100 && !root()?.querySelector('.body .row'); i++) await pause();
    root()?.querySelector<HTMLElement>('.body .row')?.click();
    for (let i = 0; i < 100 && !root()?.querySelector('dialog .fields'); i++) await pause();
    canvasElement.dataset.played = 'true';
  },
};

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}
