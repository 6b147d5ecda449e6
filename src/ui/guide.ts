import { html, nothing } from 'lit';
import type { LocalizeController } from '../localize/localize.js';
import type { CommonStrings } from '../localize/strings.js';

/**
 * "Open the API guide", for a widget with nothing to show yet: scrolls to the portal's
 * `ld-api-spec` (found by tag, in the same `ld-portal` or else the page) and puts focus on
 * its title. Nothing when the page has no guide.
 */
export function renderGuideLink(host: HTMLElement, localize: LocalizeController<CommonStrings>) {
  const scope = host.closest('ld-portal') ?? host.ownerDocument;
  const guide = scope.querySelector<HTMLElement>('ld-api-spec');
  if (!guide) return nothing;
  const open = () => {
    guide.scrollIntoView({ block: 'start' });
    const title = guide.shadowRoot?.querySelector<HTMLElement>('[part="title"]');
    if (!title) return;
    title.tabIndex = -1;
    title.focus({ preventScroll: true });
  };
  return html`<button type="button" part="guide" @click=${open}>
    ${localize.term('openGuide')}
  </button>`;
}
