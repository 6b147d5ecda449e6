import { expect, html } from '@open-wc/testing';
import './define.js';
import type { LdCapsMeter } from './caps-meter.js';
import { inPortal, mockApi, untilText, visibleText } from '../../src/testing/fixtures.js';

describe('ld-caps-meter', () => {
  beforeEach(async () => {
    await mockApi();
  });

  it('shows every cap of the supplier', async () => {
    const { widget } = await inPortal<LdCapsMeter>(
      html`<ld-portal><ld-caps-meter></ld-caps-meter></ld-portal>`,
    );
    await untilText(widget, 'Daily leads');
    const text = visibleText(widget);
    expect(text).to.include('412 of 500 used');
    await expect(widget).to.be.accessible();
  });
});
