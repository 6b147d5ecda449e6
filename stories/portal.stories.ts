import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MockParameters } from './support.js';

const meta: Meta = {
  title: 'Widgets/Portal',
  component: 'ld-portal',
  // The decorator puts every story in an ld-portal signed in to the mock API: this one shows
  // what the portal gives the widgets inside it, all five together, as a host's page would.
  render: () =>
    html`<div class="portal-grid">
      <ld-pause-toggle></ld-pause-toggle>
      <ld-caps-meter></ld-caps-meter>
      <ld-payout-summary></ld-payout-summary>
      <ld-intake-report></ld-intake-report>
      <ld-ingestion-log></ld-ingestion-log>
      <ld-api-spec></ld-api-spec>
    </div>`,
};
export default meta;

type Story = StoryObj;
const mock = (parameters: MockParameters) => ({ mock: parameters });

/** One portal, one sign-in, one request per resource: every widget of a supplier's page. */
export const Default: Story = {};

/**
 * The service fails for every widget: the portal says so once, above them, with one retry
 * for all, and each widget points to it instead of repeating it.
 */
export const ServerError: Story = { parameters: mock({ control: { faults: [{ status: 500 }] } }) };

/** Offline: said once, and each read tries again by itself when the connection is back. */
export const Offline: Story = { parameters: mock({ control: { faults: [{ status: 0 }] } }) };

/**
 * The session ended: "Sign in again" fires a cancelable `ld-auth-expired` with
 * `requested: true`, then the auth provider's own sign-in unless the host takes over.
 */
export const SessionExpired: Story = {
  parameters: mock({ control: { faults: [{ status: 401, code: 'session_ended' }] } }),
};

/** A new portal with no leads yet: each empty state points to the API guide. */
export const NewPortal: Story = { parameters: mock({ person: 'cleo' }) };
