// Every widget, in every state, in every shipped language: no English UI text is left where
// the language has its own, and Arabic sentences keep their own order around their values.
import { expect } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../entries/index.js';
import { shippedLanguages } from '../../locales/index.js';
import type { ShippedLanguage } from '../../locales/language.js';
import { formatMessage, placeholders, FSI, PDI } from '../../src/localize/message.js';
import { commonStrings } from '../../src/localize/strings.js';
import { leadStrings } from '../../src/ui/lead-terms.js';
import { rangeStrings } from '../../src/ui/range-picker.js';
import { apiSpecStrings } from '../../components/api-spec/api-spec.strings.js';
import { capsMeterStrings } from '../../components/caps-meter/caps-meter.strings.js';
import { ingestionLogStrings } from '../../components/ingestion-log/ingestion-log.strings.js';
import { pauseToggleStrings } from '../../components/pause-toggle/pause-toggle.strings.js';
import { payoutSummaryStrings } from '../../components/payout-summary/payout-summary.strings.js';
import { intakeReportStrings } from '../../components/intake-report/intake-report.strings.js';
import type { MockApi } from '../../src/mocks/api.js';
import { inPortal, mockApi } from '../support/fixtures.js';
import { WidgetHarness } from '../support/harness.js';
import { ApiSpecHarness } from '../../components/api-spec/harness.js';
import { CapsMeterHarness } from '../../components/caps-meter/harness.js';
import { IngestionLogHarness } from '../../components/ingestion-log/harness.js';
import { PauseToggleHarness } from '../../components/pause-toggle/harness.js';
import { PayoutSummaryHarness } from '../../components/payout-summary/harness.js';
import { IntakeReportHarness } from '../../components/intake-report/harness.js';

const HARNESSES: Record<string, new (element: HTMLElement) => WidgetHarness> = {
  'ld-api-spec': ApiSpecHarness,
  'ld-caps-meter': CapsMeterHarness,
  'ld-ingestion-log': IngestionLogHarness,
  'ld-pause-toggle': PauseToggleHarness,
  'ld-payout-summary': PayoutSummaryHarness,
  'ld-intake-report': IntakeReportHarness,
} as unknown as Record<string, new (element: HTMLElement) => WidgetHarness>;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ENGLISH: Record<keyof ShippedLanguage, Record<string, string>> = {
  common: { ...commonStrings, ...rangeStrings, ...leadStrings },
  'api-spec': apiSpecStrings,
  'caps-meter': capsMeterStrings,
  'ingestion-log': ingestionLogStrings,
  'pause-toggle': pauseToggleStrings,
  'payout-summary': payoutSummaryStrings,
  'intake-report': intakeReportStrings,
};
const LANGUAGES = { de: 'de-DE', fr: 'fr-FR', es: 'es-ES', pt: 'pt-BR', ar: 'ar-EG' } as const;
type Base = keyof typeof LANGUAGES;
const WIDGETS = Object.keys(ENGLISH).filter((part) => part !== 'common') as Exclude<
  keyof ShippedLanguage,
  'common'
>[];

/** A shipped language's text, loaded the way a widget loads it. */
async function language(base: Base): Promise<ShippedLanguage> {
  const module = (await shippedLanguages[base]!()) as Record<string, ShippedLanguage>;
  return Object.values(module)[0]!;
}

/** The English words of a template: what is left between its values, at least a word long. */
function englishWords(template: string): string[] {
  const values = Object.fromEntries(
    placeholders(template).map((name) => [
      name,
      new RegExp(`\\{${name}, (plural|select)`).test(template) ? 7 : '\uE000',
    ]),
  );
  return formatMessage(template, values, 'en')
    .replace(/[\u2068\u2069]/g, '')
    .split(/\uE000|\d+/)
    .map((words) => words.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, ''))
    .filter((words) => /[A-Za-z]{3}/.test(words));
}

/**
 * Each English text whose language has words of its own, as a whole-word pattern. Words the
 * language uses elsewhere too (a loanword such as "Portal" or "Webhook") are not English there.
 */
function leftovers(base: Base, translation: ShippedLanguage, widget: keyof ShippedLanguage) {
  const texts = Object.entries(translation).flatMap(([part, strings]) =>
    Object.entries(strings as Record<string, string>).map(([key, text]) => ({ part, key, text })),
  );
  const found = new Map<string, RegExp>();
  for (const part of ['common', widget] as const)
    for (const [key, template] of Object.entries(ENGLISH[part])) {
      // The names of programming languages (curl, PHP) are code.
      if (key.startsWith('language.')) continue;
      const elsewhere = texts
        .filter((item) => item.key !== key || item.part !== part)
        .map((item) => item.text)
        .join('\n');
      for (const words of englishWords(template))
        if (!elsewhere.includes(words) && !SAME_WORD[base].includes(words))
          found.set(words, new RegExp(`(^|[^\\p{L}])${escape(words)}($|[^\\p{L}])`, 'u'));
    }
  return found;
}

/** English words that are the word in that language too, where it uses them only once. */
const SAME_WORD: Record<Base, string[]> = {
  de: ['Format', 'Sub-IDs'],
  fr: ['Endpoint', 'Dates', 'Type', 'Test', 'Format'],
  es: ['Endpoint'],
  pt: ['Endpoint', 'Sub-IDs'],
  ar: [],
};

type Fault = MockApi['control']['faults'][number];
const fault = (answer: Fault) => (mock: MockApi) => {
  mock.control.faults.push(answer);
  return {};
};

type Scene = (mock: MockApi) => { person?: string; portalId?: string; signedOut?: boolean };
/** The states a supplier can meet, set up on the mock API. */
const SCENES: Record<string, Scene> = {
  ready: () => ({}),
  'read-only': () => ({ portalId: 'org_northwind_bright' }),
  empty: () => ({ person: 'cleo', portalId: 'org_harbor_bright' }),
  error: fault({ status: 500 }),
  'rate-limited': fault({ status: 429, retryAfter: 30 }),
  forbidden: fault({ status: 403 }),
  offline: fault({ status: 0 }),
  paused: (mock) => {
    mock.db.portal('org_northwind_acme')!.status = {
      state: 'paused',
      pausedAt: '2026-11-24T14:00:00Z',
      pausedBy: 'Ava Moreno',
      reason: 'Upstream outage',
      capId: null,
    };
    return {};
  },
  'signed out': () => ({ signedOut: true }),
};

/** Every string the mock API has sent: data, which stays as it is in every language. */
const sent = new Set<string>();
const collect = (value: unknown): void => {
  if (typeof value === 'string') sent.add(value);
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
const realFetch = window.fetch;
before(() => {
  window.fetch = async (...args) => {
    const response = await realFetch(...args);
    await response
      .clone()
      .json()
      .then(collect, () => undefined);
    return response;
  };
});
after(() => {
  window.fetch = realFetch;
});

/** What the widget shows in its own words: code and the API's data left out. */
function ownText(harness: WidgetHarness): string {
  let text = harness.text({ except: 'pre, code' });
  for (const data of [...sent]
    .filter((item) => item.length > 2)
    .sort((a, b) => b.length - a.length))
    text = text.split(data).join(' ▪ ');
  return text;
}

async function mount(tag: string, locale: string, scene: Scene, mock: MockApi) {
  const { person = 'ava', portalId = 'org_northwind_acme', signedOut } = scene(mock);
  const template = staticHtml`<ld-portal locale=${locale}><${unsafeStatic(tag)}></${unsafeStatic(tag)}></ld-portal>`;
  const { widget, auth } = await inPortal<HTMLElement>(template, { person, portalId });
  if (signedOut) auth.signOut();
  const harness = new (HARNESSES[tag] ?? WidgetHarness)(widget);
  await harness.until(() => harness.settled() || harness.state() === 'none', 3000);
  return harness;
}

/** The cases of each plural in a template: `{n, plural, one {…} other {…}}` gives one, other. */
function pluralCases(template: string): string[][] {
  const found: string[][] = [];
  for (const match of template.matchAll(/\{\w+, plural,/g)) {
    const cases: string[] = [];
    let depth = 0;
    let head = '';
    for (const char of template.slice(match.index + match[0].length)) {
      if (char === '{') {
        if (depth++ === 0) cases.push(head.trim().split(/\s+/).pop()!);
        head = '';
      } else if (char === '}') {
        if (depth-- === 0) break;
      } else if (depth === 0) head += char;
    }
    found.push(cases);
  }
  return found;
}

describe('translations', () => {
  for (const [base, locale] of Object.entries(LANGUAGES) as [Base, string][])
    it(`fill in the same values as English, with every plural form of ${locale}`, async () => {
      const translation = await language(base);
      const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const part of Object.keys(ENGLISH) as (keyof ShippedLanguage)[])
        for (const [key, english] of Object.entries(ENGLISH[part])) {
          if (part !== 'common' && key in ENGLISH.common) continue;
          const template = (translation[part] as Record<string, string>)[key]!;
          expect(placeholders(template), `${part}.${key}`).to.deep.equal(placeholders(english));
          for (const cases of pluralCases(template))
            expect(cases, `${part}.${key}`).to.include.members(forms);
        }
    });
});

describe('shipped languages', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  it('load by themselves the first time a widget needs one', async () => {
    const harness = await mount('ld-caps-meter', 'de-DE', SCENES.ready!, mock);
    const de = await language('de');
    await harness.untilText(de['caps-meter'].title);
    expect(harness.q('h2')?.textContent).to.equal(de['caps-meter'].title);
  });

  for (const [base, locale] of Object.entries(LANGUAGES) as [Base, string][])
    for (const widget of WIDGETS)
      it(`leave no English in ld-${widget}, in ${locale}, in every state`, async function () {
        this.timeout(40_000);
        const translation = await language(base);
        const english = leftovers(base, translation, widget);
        for (const [name, scene] of Object.entries(SCENES)) {
          mock.control.faults.length = 0;
          const harness = await mount(`ld-${widget}`, locale, scene, mock);
          const texts = [ownText(harness)];
          if (name === 'ready') {
            await harness.exercise();
            texts.push(ownText(harness));
          }
          for (const text of texts)
            for (const [words, pattern] of english)
              expect(pattern.test(text), `${name}: "${words}" in ${text}`).to.equal(false);
          await expect(harness.element).to.be.accessible();
        }
      });
});

/** The direction of the first strong character outside the values: the sentence's own. */
function firstStrong(text: string): 'rtl' | 'ltr' | undefined {
  let depth = 0;
  for (const char of text) {
    if (char === FSI) depth++;
    else if (char === PDI) depth--;
    else if (depth === 0 && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(char)) return 'rtl';
    else if (depth === 0 && /\p{L}/u.test(char)) return 'ltr';
  }
  return undefined;
}

/**
 * Asserts that a sentence reads right to left from its first word, and that its values sit
 * in isolates in the order the Arabic template puts them (not the English one).
 */
function expectArabicSentence(
  element: Element | null,
  template: string,
  values: Record<string, (value: string) => boolean>,
) {
  expect(element, template).to.not.equal(null);
  const text = element!.textContent!.trim();
  expect(getComputedStyle(element!).direction).to.equal('rtl');
  expect(firstStrong(text), text).to.equal('rtl');
  const runs = [...text.matchAll(/\u2068([^\u2068\u2069]*)\u2069/g)].map((match) => match[1]!);
  const order = Object.keys(values).sort(
    (a, b) => template.indexOf(`{${a}}`) - template.indexOf(`{${b}}`),
  );
  const positions = order.map((name) => runs.findIndex((run) => values[name]!(run)));
  expect(positions, `${order.join(', ')} in ${runs.join(' | ')}`).to.not.include(-1);
  expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
}

describe('Arabic sentences', () => {
  let mock: MockApi;
  let ar: ShippedLanguage;
  beforeEach(async () => {
    mock = await mockApi();
    ar = await language('ar');
  });
  const digits = (value: string) => /[0-9\u0660-\u0669]/.test(value);

  it('caps: usage reads "used … of limit" in Arabic order', async () => {
    const harness = await mount('ld-caps-meter', 'ar-EG', SCENES.ready!, mock);
    const cap = mock.db
      .portal('org_northwind_acme')!
      .caps.find((item) => item.period === 'daily' && item.kind === 'leads')!;
    const number = new Intl.NumberFormat('ar-EG');
    const card = (harness as CapsMeterHarness).cap(ar['caps-meter']['cap.daily.leads']);
    expectArabicSentence(card.querySelector('.usage span'), ar['caps-meter'].usage, {
      used: (value) => value === number.format(cap.used),
      limit: (value) => value === number.format(cap.limit!),
    });
  });

  it('payout: the change on the previous period keeps amount before percent as Arabic has it', async () => {
    const harness = await mount('ld-payout-summary', 'ar-EG', SCENES.ready!, mock);
    const change = harness.q('.change');
    const direction = change?.getAttribute('data-direction') ?? 'up';
    expectArabicSentence(change, ar['payout-summary'][`change.${direction}` as 'change.up'], {
      amount: (value) => digits(value) && !/[%\u066A]/.test(value),
      percent: (value) => /[%\u066A]/.test(value),
    });
  });

  it('pause: "paused by" names the person, then the time, in Arabic order', async () => {
    const harness = await mount('ld-pause-toggle', 'ar-EG', SCENES.paused!, mock);
    await harness.untilText('Ava Moreno');
    const sentence = [...harness.all('#state')].find((item) => item.textContent!.includes('Ava'));
    expectArabicSentence(sentence ?? null, ar['pause-toggle'].pausedBy, {
      by: (value) => value === 'Ava Moreno',
      date: (value) => /2026|\u0662\u0660\u0662\u0666/.test(value),
    });
  });
});
