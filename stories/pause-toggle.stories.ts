import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { MockParameters } from './support.js';

interface Args {
  theme?: 'light' | 'dark' | 'system';
  locale?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Pause toggle',
  component: 'ld-pause-toggle',
  args: {},
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] } },
  render: ({ theme, locale }) =>
    html`<ld-pause-toggle theme=${theme || nothing} locale=${locale || nothing}></ld-pause-toggle>`,
};
export default meta;

type Story = StoryObj<Args>;
const mock = (parameters: MockParameters) => ({ mock: parameters });

/** Receiving leads, with the pause permission and the last changes. */
export const Default: Story = {};

/** The confirmation, with its optional reason. */
export const Confirming: Story = {
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[role="switch"]'))?.click();
    await find(canvasElement, 'dialog[open]');
    canvasElement.dataset.played = 'true';
  },
};

/** A reached cap holds the pause; it lifts only when the cap resets. Read-only here. */
export const CapHeld: Story = { parameters: mock({ portalId: 'org_northwind_bright' }) };

/** Without the pause permission: the state, read-only, and why. */
export const ReadOnly: Story = { parameters: mock({ person: 'dev' }) };

/** A change the server refused: rolled back, with the reason and a retry. */
export const FailedChange: Story = {
  parameters: mock({
    control: { faults: [{ path: '/v1/portal/status', method: 'PUT', status: 503, retryAfter: 0 }] },
  }),
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '[role="switch"]'))?.click();
    (await find(canvasElement, 'dialog[open] button[value="confirm"]'))?.click();
    await find(canvasElement, '.failure');
    canvasElement.dataset.played = 'true';
  },
};

export const Loading: Story = { parameters: mock({ control: { hang: ['/v1/portal'] } }) };

export const ServerError: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/portal', status: 503, retryAfter: 0 }] } }),
};

export const Forbidden: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/portal', status: 403 }] } }),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const ArabicRightToLeft: Story = { args: { locale: 'ar-EG' } };

/** Waits for the toggle, then finds an element in it. */
async function find(canvas: HTMLElement, selector: string): Promise<HTMLElement | null> {
  const widget = canvas.querySelector('ld-pause-toggle')!;
  const lookup = () => widget.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
  for (let i = 0; i < 100 && !lookup(); i++) await new Promise((r) => setTimeout(r, 50));
  return lookup();
}
