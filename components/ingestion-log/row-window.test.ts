import { expect, fixture, html as testHtml, nextFrame } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { styleProps } from '../../src/ui/style-props.js';
import { RowWindow } from './row-window.js';

@customElement('test-row-window')
class TestRowWindow extends LitElement {
  @property({ type: Number }) count = 100_000;
  readonly rows = new RowWindow(this, {
    rowHeight: 20,
    overscan: 5,
    count: () => this.count,
    scroller: () => this.renderRoot.querySelector<HTMLElement>('.scroller'),
  });

  protected override render() {
    const { first, last } = this.rows;
    const indices = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
    return html`<div class="scroller" style="height: 200px; overflow: auto">
      <div ${styleProps({ height: `${this.rows.totalHeight}px`, position: 'relative' })}>
        <div ${styleProps({ transform: `translateY(${this.rows.offset}px)` })}>
          ${indices.map((i) => html`<div class="row" style="height: 20px">Row ${i}</div>`)}
        </div>
      </div>
    </div>`;
  }
}

const rendered = (el: TestRowWindow) =>
  [...el.shadowRoot!.querySelectorAll('.row')].map((row) => row.textContent);

describe('RowWindow', () => {
  it('renders the rows in view plus an overscan, however many there are', async () => {
    const el = await fixture<TestRowWindow>(testHtml`<test-row-window></test-row-window>`);
    await el.updateComplete;
    expect(rendered(el)).to.have.length(16);
    expect(rendered(el)[0]).to.equal('Row 0');
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const counts: number[] = [];
    for (const top of [2_000, 500_000, 1_000_000, 1_999_800]) {
      scroller.scrollTop = top;
      scroller.dispatchEvent(new Event('scroll'));
      await el.updateComplete;
      counts.push(el.shadowRoot!.querySelectorAll('*').length);
    }
    // Ten rows in view and five either side, wherever the view is: the DOM does not grow.
    expect(counts.slice(0, 3)).to.deep.equal([counts[0], counts[0], counts[0]]);
    expect(counts[3]).to.be.lessThan(counts[0]!);
    el.count = 1_000_000;
    await el.updateComplete;
    scroller.scrollTop = 10_000_000;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('*').length).to.equal(counts[0]);
    el.count = 100_000;
    scroller.scrollTop = 1_999_800;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    expect(rendered(el).at(-1)).to.equal('Row 99999');
  });

  it('shows the right rows after a scroll', async () => {
    const el = await fixture<TestRowWindow>(testHtml`<test-row-window></test-row-window>`);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = 50_000;
    scroller.dispatchEvent(new Event('scroll'));
    await el.updateComplete;
    await nextFrame();
    const view = scroller.getBoundingClientRect();
    const visible = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.bottom > view.top && box.top < view.bottom;
    });
    expect(visible[0]?.textContent).to.equal('Row 2500');
    expect(visible.at(-1)?.textContent).to.equal('Row 2509');
  });

  it('reveals a row by scrolling just enough, and copes with few rows', async () => {
    const el = await fixture<TestRowWindow>(testHtml`<test-row-window></test-row-window>`);
    el.rows.reveal(500);
    await el.updateComplete;
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollTop).to.equal(500 * 20 + 20 - 200);
    el.rows.reveal(3);
    expect(scroller.scrollTop).to.equal(60);
    el.count = 3;
    scroller.scrollTop = 0;
    await el.updateComplete;
    el.rows.update();
    await el.updateComplete;
    expect(rendered(el)).to.deep.equal(['Row 0', 'Row 1', 'Row 2']);
    el.count = 0;
    await el.updateComplete;
    expect(rendered(el)).to.deep.equal([]);
  });
});

void TestRowWindow;
