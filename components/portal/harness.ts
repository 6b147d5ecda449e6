// Finds the portal's parts (see test/support/harness.ts). It shows no data of its own: it
// scopes the widgets inside it, and shows only the sign-in and portal-choice states.
import { WidgetHarness } from '../../test/support/harness.js';
import type { LdPortal } from './portal.js';

export class PortalHarness extends WidgetHarness<LdPortal> {
  /** The widgets it scopes. */
  widgets(): HTMLElement[] {
    return [...this.element.querySelectorAll<HTMLElement>('*')].filter((element) =>
      element.localName.startsWith('ld-'),
    );
  }
}
