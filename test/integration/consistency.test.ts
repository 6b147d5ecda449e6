import { expect, html } from '@open-wc/testing';
import '../../entries/index.js';
import { inPortal, mockApi, shadow } from '../support/fixtures.js';
import { waitUntil } from '../support/wait.js';
import { DATA_WIDGET_TAGS } from '../../entries/tags.js';

describe('one visual language across the widgets', () => {
  beforeEach(async () => {
    await mockApi();
  });

  it('puts every zone note under its title, and draws every badge alike', async () => {
    const { portal } = await inPortal<HTMLElement>(
      html`<ld-portal
        ><ld-pause-toggle></ld-pause-toggle><ld-caps-meter></ld-caps-meter
        ><ld-payout-summary></ld-payout-summary><ld-intake-report></ld-intake-report
        ><ld-ingestion-log></ld-ingestion-log><ld-api-spec></ld-api-spec
      ></ld-portal>`,
    );
    portal.style.display = 'block';
    portal.style.inlineSize = '1100px';
    const widgets = DATA_WIDGET_TAGS.map((tag) => portal.querySelector(tag)!);
    await waitUntil(
      () => widgets.every((widget) => widget.matches(':state(ready)')),
      'not every widget is ready',
    );
    for (const widget of widgets) {
      const title = shadow(widget).querySelector('[part="title"]')!.getBoundingClientRect();
      const zone = shadow(widget).querySelector('[part="zone"]');
      if (!zone) continue;
      const box = zone.getBoundingClientRect();
      expect(box.top, widget.localName).to.be.at.least(title.bottom - 1);
      expect(Math.abs(box.left - title.left), widget.localName).to.be.below(1);
    }
    const badges = widgets.flatMap((widget) => [
      ...shadow(widget).querySelectorAll<HTMLElement>('[part="badge"]'),
    ]);
    const look = (badge: HTMLElement) => {
      const style = getComputedStyle(badge);
      return [style.borderTopStyle, style.borderRadius, style.fontSize, style.fontWeight].join();
    };
    expect(new Set(badges.map(look)).size, badges.map(look).join(' / ')).to.equal(1);
    expect(new Set(badges.map((badge) => badge.getRootNode())).size).to.be.at.least(2);
  });
});
