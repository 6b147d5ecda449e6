import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/** The two example brands of the theming guide, live: made of tokens and parts only. */
const meta: Meta = {
  title: 'Guides/Theming examples',
  component: 'ld-caps-meter',
  render: () => html`<ld-caps-meter></ld-caps-meter>`,
  tags: ['!autodocs'],
};
export default meta;

type Story = StoryObj;

/** The default look, light. */
export const Defaults: Story = { globals: { theme: 'light' } };

/** Harbor: a serif face, teal accent, square corners and an uppercase title (`::part(title)`). */
export const Harbor: Story = { globals: { theme: 'brand-harbor' } };

/** Summit: dark stone surfaces, an amber accent, round corners and a shadow (`::part(base)`). */
export const Summit: Story = { globals: { theme: 'brand-summit' } };
