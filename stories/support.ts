import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createMockApi } from '../src/mocks/api.js';
import { mockAuth } from '../src/mocks/auth.js';
import type { MockControl } from '../src/mocks/control.js';
import { resetTestTime, testClock } from '../test/support/time.js';

/**
 * The one mock API of the Storybook page. It runs on the tests' clock, and each story
 * starts from fresh data at the tests' instant, so a story looks the same every day.
 */
export const storyMock = createMockApi({ clock: testClock });

export interface MockParameters {
  /** A person of the mock cast: ava (default), ben, cleo or dev. */
  person?: string;
  /** Their active portal; `null` shows the choose-a-portal state. */
  portalId?: string | null;
  /** Switches for this story: latency, faults, malformed or leaking responses. */
  control?: Partial<MockControl>;
  /** Signs the person out, for the signed-out state. */
  signedOut?: boolean;
  /** Renders the story with no ld-portal around it, as a widget dropped alone into a page. */
  noPortal?: boolean;
}

declare module '@storybook/web-components-vite' {
  interface Parameters {
    mock?: MockParameters;
  }
}

/** Wraps every story in an `ld-portal` signed in as the story's person, on fresh mock data. */
export const withPortal: Decorator = (story, { parameters, globals }) => {
  const options: MockParameters = parameters.mock ?? {};
  if (options.noPortal) return story();
  resetTestTime(storyMock);
  Object.assign(storyMock.control, options.control);
  const auth = mockAuth({ person: options.person ?? 'ava', portalId: options.portalId });
  if (options.signedOut) auth.signOut();
  // The toolbar's theme and locale apply through ld-portal; a story's own args win.
  const theme = String(globals.theme ?? 'light');
  const brand = theme.startsWith('brand-') ? theme : '';
  return html`<div class=${brand}>
    <ld-portal
      api-base="/api"
      .auth=${auth}
      .clock=${storyMock.clock}
      theme=${brand ? (brand === 'brand-summit' ? 'dark' : 'light') : theme}
      locale=${String(globals.locale ?? 'en-US')}
      >${story()}</ld-portal
    >
  </div>`;
};

/** Waits for a widget's data, then finds one of its parts (for a story's `play`). */
export async function findPart(
  canvas: HTMLElement,
  tag: string,
  name: string,
): Promise<HTMLElement | null> {
  const widget = canvas.querySelector(tag);
  const find = () => widget?.shadowRoot?.querySelector<HTMLElement>(`[part="${name}"]`) ?? null;
  for (let i = 0; i < 100 && !find(); i++) await new Promise((r) => setTimeout(r, 50));
  return find();
}
