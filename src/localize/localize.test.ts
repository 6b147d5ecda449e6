import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LocalizeController, registerStrings } from './localize.js';
import { registerLanguage } from './translation.js';
import { directionOf, minorUnits, relativeParts } from './format.js';
import {
  addDays,
  calendarDate,
  localIsoTime,
  startOfDate,
  zonedInstant,
  zonedParts,
} from './time-zone.js';

const strings = { hello: 'Hello {name}', only: 'Only English' };

@customElement('test-localized')
class TestLocalized extends LitElement {
  @property() locale: string | undefined;
  @property({ attribute: false }) strings: Record<string, string> | undefined;
  portalLocale: string | undefined;
  readonly localize = new LocalizeController(this, {
    defaults: strings,
    portal: () => ({ locale: this.portalLocale }),
  });
  renders = 0;
  protected override render() {
    this.renders++;
    return html`${this.localize.term('hello', { name: 'Ana' })}`;
  }
}

describe('LocalizeController', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
    document.documentElement.removeAttribute('dir');
  });

  it('takes the locale from the element, then the nearest lang, then the portal, then <html lang>', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr-FR"><test-localized></test-localized></div>`,
    );
    const el = wrapper.querySelector<TestLocalized>('test-localized')!;
    expect(el.localize.lang()).to.equal('fr-FR');
    el.setAttribute('lang', 'es');
    expect(el.localize.lang()).to.equal('es');
    el.locale = 'de-CH';
    expect(el.localize.lang()).to.equal('de-CH');
    el.locale = undefined;
    el.removeAttribute('lang');
    wrapper.removeAttribute('lang');
    el.portalLocale = 'pt-BR';
    expect(el.localize.lang()).to.equal('pt-BR');
    el.portalLocale = undefined;
    document.documentElement.lang = 'ja';
    expect(el.localize.lang()).to.equal('ja');
    el.locale = 'not a locale!!';
    expect(el.localize.lang()).to.equal('ja');
  });

  it('finds a lang across shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="it"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('test-localized') as TestLocalized;
    shadow.append(el);
    expect(el.localize.lang()).to.equal('it');
  });

  it('re-renders when <html lang> changes', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized></test-localized>`);
    const before = el.renders;
    document.documentElement.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect(el.renders).to.be.greaterThan(before);
  });

  it('uses overrides, then translations, then English', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized locale="nl-BE"></test-localized>`);
    registerStrings('nl', { hello: 'Hallo {name}' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('Hallo \u2068Ana\u2069');
    expect(el.localize.term('only')).to.equal('Only English');
    el.strings = { hello: 'Hoi {name}' };
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('Hoi \u2068Ana\u2069');
    expect(el.localize.term('missing' as never)).to.equal('missing');
  });

  it('formats money from minor units, in any currency', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized locale="en-US"></test-localized>`);
    expect(el.localize.currency(123456, 'USD')).to.equal('$1,234.56');
    expect(el.localize.currency(123456, 'JPY')).to.equal('¥123,456');
    expect(el.localize.currency(-500, 'EUR')).to.equal('-€5.00');
    expect(el.localize.currency(1e15, 'USD')).to.equal('$10,000,000,000,000.00');
    expect(minorUnits('KWD')).to.equal(1000);
  });

  it('formats dates in the supplier’s time zone, never the browser’s', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized locale="en-US"></test-localized>`);
    const instant = '2026-07-01T03:30:00Z';
    el.localize.timeZone = 'America/Los_Angeles';
    expect(el.localize.dateTime(instant)).to.equal('Jun 30, 2026, 8:30 PM');
    expect(el.localize.zoneName(instant)).to.equal('Pacific Time (\u2068GMT-7\u2069)');
    expect(el.localize.zoneName(instant, 'offset')).to.equal('GMT-7');
    el.localize.timeZone = 'Asia/Tokyo';
    expect(el.localize.dateTime(instant)).to.equal('Jul 1, 2026, 12:30 PM');
    expect(el.localize.zoneName(instant)).to.equal('Japan Standard Time (\u2068GMT+9\u2069)');
    el.localize.timeZone = 'UTC';
    expect(el.localize.zoneName(instant)).to.equal(
      'Coordinated Universal Time (\u2068GMT+0\u2069)',
    );
    el.locale = 'es-ES';
    await el.updateComplete;
    el.localize.timeZone = 'America/New_York';
    expect(el.localize.zoneName(instant)).to.equal('hora oriental (\u2068GMT-4\u2069)');
  });

  it('says relative times in words', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized locale="en"></test-localized>`);
    const now = new Date('2026-01-01T00:00:00Z');
    expect(el.localize.relative('2026-01-01T05:00:00Z', now)).to.equal('in 5 hours');
    expect(el.localize.relative('2025-12-31T00:00:00Z', now)).to.equal('yesterday');
    expect(el.localize.relative('2026-03-15T00:00:00Z', now)).to.equal('in 2 months');
    expect(relativeParts(5 * 365 * 86_400_000)).to.deep.equal([5, 'year']);
  });

  it('knows right-to-left languages, and an explicit dir wins', async () => {
    expect(directionOf('ar')).to.equal('rtl');
    expect(directionOf('he-IL')).to.equal('rtl');
    expect(directionOf('en')).to.equal('ltr');
    const el = await fixture<TestLocalized>(html`<test-localized locale="ar"></test-localized>`);
    expect(el.localize.dir()).to.equal('rtl');
    el.setAttribute('dir', 'ltr');
    expect(el.localize.dir()).to.equal('ltr');
  });

  it('puts a shipped language under host overrides, and falls back per key', async () => {
    const el = await fixture<TestLocalized>(html`<test-localized locale="sv-FI"></test-localized>`);
    registerLanguage('sv', { common: { hello: 'Hej {name}' } });
    await el.updateComplete;
    expect(el.localize.term('hello', { name: 'Ana' })).to.equal('Hej \u2068Ana\u2069');
    expect(el.localize.term('only')).to.equal('Only English');
    registerStrings('sv', { hello: 'Tjena {name}' });
    expect(el.localize.term('hello', { name: 'Ana' })).to.equal('Tjena \u2068Ana\u2069');
  });
});

describe('time zones', () => {
  it('writes an instant as local ISO time with the offset of that day', () => {
    expect(localIsoTime('2026-07-15T16:30:05.250Z', 'America/New_York')).to.equal(
      '2026-07-15T12:30:05-04:00',
    );
    expect(localIsoTime('2026-01-15T16:30:05Z', 'America/New_York')).to.equal(
      '2026-01-15T11:30:05-05:00',
    );
    expect(localIsoTime('2026-01-15T16:30:05Z', 'Asia/Kolkata')).to.equal(
      '2026-01-15T22:00:05+05:30',
    );
    expect(localIsoTime('2026-01-15T16:30:05Z', 'UTC')).to.equal('2026-01-15T16:30:05+00:00');
    expect(localIsoTime('not a time', 'UTC')).to.equal('');
  });

  it('finds the instant of a wall-clock time, across DST changes', () => {
    expect(
      zonedInstant({ year: 2026, month: 1, day: 15 }, 'America/New_York').toISOString(),
    ).to.equal('2026-01-15T05:00:00.000Z');
    expect(
      zonedInstant({ year: 2026, month: 7, day: 15 }, 'America/New_York').toISOString(),
    ).to.equal('2026-07-15T04:00:00.000Z');
    // The days of the spring-forward and fall-back changes start at local midnight too.
    expect(startOfDate('2026-03-08', 'America/New_York').toISOString()).to.equal(
      '2026-03-08T05:00:00.000Z',
    );
    expect(startOfDate('2026-03-09', 'America/New_York').toISOString()).to.equal(
      '2026-03-09T04:00:00.000Z',
    );
    expect(startOfDate('2026-11-01', 'America/New_York').toISOString()).to.equal(
      '2026-11-01T04:00:00.000Z',
    );
    expect(startOfDate('2026-10-25', 'Europe/Berlin').toISOString()).to.equal(
      '2026-10-24T22:00:00.000Z',
    );
  });

  it('reads calendar dates and weekdays in a zone', () => {
    const instant = new Date('2026-11-24T03:00:00Z');
    expect(calendarDate(instant, 'America/Los_Angeles')).to.equal('2026-11-23');
    expect(calendarDate(instant, 'Asia/Tokyo')).to.equal('2026-11-24');
    expect(zonedParts(instant, 'America/Los_Angeles').weekday).to.equal(1);
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2024-03-01', -1)).to.equal('2024-02-29');
  });
});

void TestLocalized;
