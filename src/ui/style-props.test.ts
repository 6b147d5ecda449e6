import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProps } from './style-props.js';

describe('styleProps', () => {
  it('sets style properties through the CSSOM and drops the ones no longer given', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const draw = (props: Record<string, string>) =>
      render(html`<span ${styleProps(props)}></span>`, host);
    draw({ 'inline-size': '40%', '--ld-test': 'red' });
    const span = host.querySelector('span')!;
    expect(span.style.getPropertyValue('inline-size')).to.equal('40%');
    expect(span.style.getPropertyValue('--ld-test')).to.equal('red');
    draw({ 'inline-size': '60%' });
    expect(span.style.getPropertyValue('inline-size')).to.equal('60%');
    expect(span.style.getPropertyValue('--ld-test')).to.equal('');
  });

  it('refuses to be an attribute binding', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    expect(() => render(html`<span title=${styleProps({})}></span>`, host)).to.throw(
      /on an element/,
    );
  });
});
