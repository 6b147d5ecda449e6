import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { MockParameters } from './support.js';

interface Args {
  theme?: 'light' | 'dark' | 'system';
  locale?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/API spec',
  component: 'ld-api-spec',
  args: {},
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] } },
  render: ({ theme, locale }) =>
    html`<ld-api-spec theme=${theme || nothing} locale=${locale || nothing}></ld-api-spec>`,
};
export default meta;

type Story = StoryObj<Args>;
const mock = (parameters: MockParameters) => ({ mock: parameters });

/** Everything a supplier's developer needs, with every permission: reveal, settings, rotation. */
export const Default: Story = {};

/** The key revealed, and in every snippet, until it is masked again. */
export const RevealedKey: Story = {
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '.endpoint dd:last-of-type button'))?.click();
    await find(canvasElement, '.key[data-revealed="true"]');
    canvasElement.dataset.played = 'true';
  },
};

/** The confirmation before a rotation, Cancel in focus. */
export const RotateConfirmation: Story = {
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '#rotate'))?.click();
    // The confirmation is a lazy part: it opens once its chunk is here.
    await find(canvasElement, 'dialog[open]');
    canvasElement.dataset.played = 'true';
  },
};

/** The integration settings' form, opened by Edit settings, its URL field in focus. */
export const EditSettings: Story = {
  play: async ({ canvasElement }) => {
    (await find(canvasElement, '#save-settings'))?.click();
    await find(canvasElement, '#webhook-url');
    canvasElement.dataset.played = 'true';
  },
};

/** A portal in test mode. */
export const TestMode: Story = { parameters: mock({ person: 'ben' }) };

/** No reveal or integration permission: the key stays masked and the settings are text. */
export const ReadOnly: Story = { parameters: mock({ portalId: 'org_northwind_bright' }) };

/** Field values full of quotes, `$( )`, backticks and markup: every snippet stays correct text. */
export const HostileValues: Story = { parameters: mock({ control: { hostile: true } }) };

export const Loading: Story = { parameters: mock({ control: { hang: ['/v1/api-spec'] } }) };

export const ServerError: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/api-spec', status: 503, retryAfter: 0 }] } }),
};

export const Forbidden: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/api-spec', status: 403 }] } }),
};

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

export const ArabicRightToLeft: Story = { args: { locale: 'ar-EG' } };

/** Waits for the spec, then finds an element in it. */
async function find(canvas: HTMLElement, selector: string): Promise<HTMLElement | null> {
  const widget = canvas.querySelector('ld-api-spec')!;
  const lookup = () => widget.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
  for (let i = 0; i < 100 && !lookup(); i++) await new Promise((r) => setTimeout(r, 50));
  return lookup();
}
