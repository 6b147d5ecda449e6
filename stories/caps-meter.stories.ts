import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { storyMock, type MockParameters } from './support.js';

interface Args {
  theme?: 'light' | 'dark' | 'system';
  locale?: string;
  periods: string;
  kind: '' | 'leads' | 'budget';
}

const meta: Meta<Args> = {
  title: 'Widgets/Caps meter',
  component: 'ld-caps-meter',
  args: { periods: '', kind: '' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'system'] },
    kind: { control: 'inline-radio', options: ['', 'leads', 'budget'] },
  },
  render: ({ theme, locale, periods, kind }) =>
    html`<ld-caps-meter
      theme=${theme || nothing}
      locale=${locale || nothing}
      periods=${periods || nothing}
      kind=${kind || nothing}
    ></ld-caps-meter>`,
};
export default meta;

type Story = StoryObj<Args>;
const mock = (parameters: MockParameters) => ({ mock: parameters });

/** Daily over 80%, weekly over 90%, a budget on track and an unlimited total; editable. */
export const Default: Story = {};

/** A reached daily cap holds the supplier paused until midnight in London; read-only. */
export const Reached: Story = { parameters: mock({ portalId: 'org_northwind_bright' }) };

/** A monthly cap at 90% and a total budget at 95%, for a supplier in Los Angeles. */
export const Critical: Story = { parameters: mock({ person: 'ben' }) };

/** Someone without the caps permission sees no edit control at all. */
export const ReadOnly: Story = { parameters: mock({ person: 'dev' }) };

/** Budget caps only, shown as money. */
export const BudgetsOnly: Story = { args: { kind: 'budget' } };

/** One meter on its own, as an agency might place it in a sidebar. */
export const DailyOnly: Story = { args: { periods: 'daily' } };

export const Empty: Story = { parameters: mock({ person: 'cleo' }) };

export const Loading: Story = { parameters: mock({ control: { hang: ['/v1/caps'] } }) };

export const ServerError: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/caps', status: 503, retryAfter: 0 }] } }),
};

export const RateLimited: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/caps', status: 429, retryAfter: 30 }] } }),
};

export const MalformedResponse: Story = {
  parameters: mock({ control: { malformed: { path: '/v1/caps', kind: 'types' } } }),
};

export const Offline: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/caps', status: 0 }] } }),
};

export const Forbidden: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/caps', status: 403 }] } }),
};

export const SessionExpired: Story = {
  parameters: mock({ control: { faults: [{ path: '/v1/portal', status: 401 }] } }),
};

export const ChoosePortal: Story = { parameters: mock({ portalId: null }) };

export const SignedOut: Story = { parameters: mock({ signedOut: true }) };

/** A server that leaks buyer fields and another supplier's caps: none of it shows. */
export const LeakyServer: Story = { parameters: mock({ control: { leak: true } }) };

export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** An agency's brand, through the public `--ld-*` tokens only. */
export const AgencyBrand: Story = {
  render: () =>
    html`<ld-caps-meter class="brand"></ld-caps-meter>
      <style>
        .brand {
          --ld-font-family: Georgia, serif;
          --ld-color-accent: #0f766e;
          --ld-color-surface: #fffbeb;
          --ld-color-border: #d6d3d1;
          --ld-radius: 0;
          --ld-meter-height: 0.75rem;
        }
      </style>`,
};

export const German: Story = { args: { locale: 'de-DE' } };

export const ArabicRightToLeft: Story = { args: { locale: 'ar-EG' } };

/** A widget dropped into a page with no ld-portal and no configure() call. */
export const NotConnected: Story = { parameters: mock({ noPortal: true }) };

/** The limit editor, open on the daily cap. */
export const EditingLimit: Story = {
  play: async ({ canvasElement }) => {
    const meter = await settled(canvasElement);
    meter.shadowRoot?.querySelector<HTMLButtonElement>('[part="edit-button"]')?.click();
    // The editor is a lazy part: it opens once loaded.
    await until(() => !!meter.shadowRoot?.querySelector('[part="input"]'));
    canvasElement.dataset.played = 'true';
  },
};

/** The server refuses a limit with 422 (its bounds narrowed after the page loaded): the message sits at the field. */
export const EditingRejectedByServer: Story = {
  play: async ({ canvasElement }) => {
    const meter = await settled(canvasElement);
    storyMock.db.portal('org_northwind_acme')!.caps[0]!.max = 550;
    const root = meter.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part="edit-button"]')?.click();
    await until(() => !!root.querySelector('[part="input"]'));
    const input = root.querySelector<HTMLInputElement>('[part="input"]')!;
    input.value = '900';
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();
    await until(() => !!root.querySelector('.field-error[role="alert"]'));
    canvasElement.dataset.played = 'true';
  },
};

async function settled(canvas: HTMLElement): Promise<HTMLElementTagNameMap['ld-caps-meter']> {
  const meter = canvas.querySelector('ld-caps-meter')!;
  await until(() => !!meter.shadowRoot?.querySelector('[part="edit-button"]'));
  return meter;
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 50));
}
