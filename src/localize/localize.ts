import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  dateFormat,
  listFormat,
  directionOf,
  isValidLocale,
  minorUnits,
  numberFormat,
  relativeFormat,
  relativeParts,
} from './format.js';
import { formatMessage, isolate, type MessageValues } from './message.js';
import type { Strings } from './strings.js';
import { loadLanguage, onLanguage, translated, type LanguageLoader } from './translation.js';
import { systemClock, type Clock } from '../clock/clock.js';
import { unwatchTime, watchTime } from '../clock/ticker.js';

const overrides = new Map<string, Strings>();

/**
 * Overrides keys of a language for every widget, over the shipped translation of it. For a
 * whole new language with a text set per widget, see `registerLanguage()`.
 */
export function registerStrings(lang: string, strings: Strings): void {
  const key = lang.toLowerCase();
  overrides.set(key, { ...overrides.get(key), ...strings });
  updateAll();
}

function updateAll(): void {
  for (const controller of connected) controller.host.requestUpdate();
}

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  /** A locale set on the element itself; wins over `lang`. */
  locale?: string | undefined;
  /** Per-element text overrides. */
  strings?: Strings | undefined;
}

export interface LocalizeOptions<S extends Strings> {
  defaults: S;
  /** The widget's text set in a language (see `Language`): its tag without `ld-`. */
  part?: string;
  /** The shipped languages, by base tag, each loaded the first time it is needed. */
  languages?: Readonly<Record<string, LanguageLoader>>;
  /** Locale, text overrides and clock of the enclosing portal configuration. */
  portal?: () =>
    | { locale?: string | undefined; strings?: Strings | undefined; clock?: Clock | undefined }
    | undefined;
}

const connected = new Set<LocalizeController<Strings>>();
let observer: MutationObserver | undefined;
let stopListening: (() => void) | undefined;

/** A relative time as the last render showed it. */
interface ShownTime {
  at: number;
  amount: number;
  unit: Intl.RelativeTimeFormatUnit;
}

/** How often a time shown in a unit is checked for a change, in ms. */
const PACE: Partial<Record<Intl.RelativeTimeFormatUnit, number>> = { second: 1000, minute: 10_000 };

/**
 * One way to format: text, numbers, money, dates and relative times, through `Intl`,
 * in the element's locale and the supplier's time zone (never the browser's). Relative
 * times follow the portal's clock: "in 5 hours" becomes "in 4 hours" by itself.
 */
export class LocalizeController<S extends Strings> implements ReactiveController {
  readonly host: LocalizeHost;
  /** The supplier's IANA time zone, from `GET /v1/portal`. */
  timeZone: string | undefined;
  #options: LocalizeOptions<S>;
  /** The locale, worked out once per render rather than once per string. */
  #lang: string | undefined;
  /** Relative times of the render under way, then of the last one. */
  #shown: ShownTime[] = [];
  #rendering = false;
  #watcher = {
    stale: () =>
      this.#shown.some((shown) => {
        const [amount, unit] = relativeParts(shown.at - this.now());
        return amount !== shown.amount || unit !== shown.unit;
      }),
    resolution: 60_000,
    refresh: () => this.host.requestUpdate(),
  };

  constructor(host: LocalizeHost, options: LocalizeOptions<S>) {
    this.host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this as LocalizeController<Strings>);
    if (!observer) {
      // <html lang> and <html dir> can change at run time (a host's language switcher).
      observer = new MutationObserver(updateAll);
      stopListening = onLanguage(updateAll);
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang', 'dir'],
      });
    }
  }

  hostUpdate(): void {
    this.#lang = undefined;
    this.#lang = this.lang();
    void this.ready();
    this.#shown = [];
    this.#rendering = true;
  }

  hostUpdated(): void {
    this.#lang = undefined;
    this.#rendering = false;
    // A render can still come after removal; the page timer must not keep the element then.
    if (!this.#shown.length || !this.host.isConnected) return unwatchTime(this.#watcher);
    this.#watcher.resolution = this.#shown.reduce(
      (pace, shown) => Math.min(pace, PACE[shown.unit] ?? 60_000),
      60_000,
    );
    watchTime(this.#watcher, this.clock);
  }

  hostDisconnected(): void {
    unwatchTime(this.#watcher);
    connected.delete(this as LocalizeController<Strings>);
    if (!connected.size) {
      observer?.disconnect();
      observer = undefined;
      stopListening?.();
    }
  }

  /** Own `locale` or `lang`, then the nearest `[lang]`, then the portal's, then `<html lang>`. */
  lang(): string {
    if (this.#lang) return this.#lang;
    const host = this.host;
    const candidates = [
      host.locale,
      host.getAttribute('lang'),
      closestAttribute(host, 'lang'),
      this.#options.portal?.()?.locale,
      host.ownerDocument.documentElement.lang,
      globalThis.navigator?.language,
    ];
    return candidates.find(isValidLocale) ?? 'en';
  }

  dir(): 'ltr' | 'rtl' {
    const explicit = this.host.getAttribute('dir') ?? closestAttribute(this.host, 'dir');
    if (explicit === 'rtl' || explicit === 'ltr') return explicit;
    return directionOf(this.lang());
  }

  /** Resolves once the shipped translation of the current language is in, if there is one. */
  ready(): Promise<void> {
    const languages = this.#options.languages;
    return languages ? loadLanguage(this.lang(), languages) : Promise.resolve();
  }

  /**
   * The text of `key`: the element's override, the portal's, the host's `registerStrings()`,
   * the shipped translation, then English. Values are isolated for bidi (see `formatMessage`).
   */
  term(key: keyof S & string, values?: MessageValues): string {
    const lang = this.lang();
    const lower = lang.toLowerCase();
    const template =
      this.host.strings?.[key] ??
      this.#options.portal?.()?.strings?.[key] ??
      overrides.get(lower)?.[key] ??
      overrides.get(lower.split('-')[0] as string)?.[key] ??
      translated(lang, this.#options.part ?? 'common', key) ??
      this.#options.defaults[key] ??
      key;
    return formatMessage(template, values, lang);
  }

  /** A wait in words, rounded up: "30 seconds", "5 minutes", "2 hours". */
  duration(seconds: number): string {
    const [value, unit] =
      seconds < 90
        ? [seconds, 'second']
        : seconds < 90 * 60
          ? [Math.ceil(seconds / 60), 'minute']
          : [Math.ceil(seconds / 3600), 'hour'];
    return numberFormat(this.lang(), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.lang(), options).format(value);
  }

  /** Items as a sentence lists them: "A, B and C", "A, B ou C", "أ وب وج". */
  list(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
    return listFormat(this.lang(), type).format(items.map(isolate));
  }

  percent(ratio: number, maximumFractionDigits = 0): string {
    return numberFormat(this.lang(), { style: 'percent', maximumFractionDigits }).format(ratio);
  }

  /** Formats money given in minor units (cents) of `currency`. */
  currency(minor: number, currency: string, options: Intl.NumberFormatOptions = {}): string {
    return numberFormat(this.lang(), { style: 'currency', currency, ...options }).format(
      minor / minorUnits(currency),
    );
  }

  /** A date and time in the supplier's time zone. */
  dateTime(
    value: string | Date,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
  ): string {
    return dateFormat(this.lang(), { ...options, timeZone: this.timeZone }).format(toDate(value));
  }

  /** A date and time that names its zone ("Dec 3, 2026, 9:00 AM EST"), for a time shown alone. */
  zonedDateTime(value: string | Date): string {
    return this.dateTime(value, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    });
  }

  /** A calendar date (`2026-11-24`) as it is: no time zone can move it to another day. */
  date(value: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    return dateFormat(this.lang(), { ...options, timeZone: 'UTC' }).format(
      new Date(`${value}T00:00:00Z`),
    );
  }

  /** The portal's clock; the real time for an element in no portal yet. */
  get clock(): Clock {
    return this.#options.portal?.()?.clock ?? systemClock;
  }

  /** Now, by the portal's clock, in ms since the epoch. */
  now(): number {
    return this.clock.now();
  }

  /**
   * The supplier's zone at that instant (now by default), as people say it: its generic
   * name where `Intl` has one, with the offset ("Eastern Time (GMT-5)", "Hora del este
   * (GMT-5)"); `offset` gives the offset alone ("GMT-5"), for a column heading.
   */
  zoneName(value: string | Date = new Date(this.now()), style: 'long' | 'offset' = 'long'): string {
    const part = (timeZoneName: Intl.DateTimeFormatOptions['timeZoneName']) =>
      dateFormat(this.lang(), { timeZone: this.timeZone, timeZoneName })
        .formatToParts(toDate(value))
        .find((item) => item.type === 'timeZoneName')?.value;
    const offset = part('shortOffset') ?? this.timeZone ?? '';
    if (style === 'offset') return offset;
    // Where Intl has no generic name it gives an offset ("GMT+00:00"): the long one then.
    const name = [part('longGeneric'), part('long')].find((item) => item && !/\p{Nd}/u.test(item));
    return name ? `${name} (${isolate(offset)})` : offset;
  }

  /**
   * How far an instant is from now ("in 5 hours", "yesterday"). Rendered without an
   * explicit `now`, it renders again whenever the portal's clock makes it read differently.
   */
  relative(value: string | Date, now?: Date): string {
    const at = toDate(value).getTime();
    const [amount, unit] = relativeParts(at - (now?.getTime() ?? this.now()));
    if (!now && this.#rendering && Number.isFinite(at)) this.#shown.push({ at, amount, unit });
    return relativeFormat(this.lang()).format(amount, unit);
  }
}

function toDate(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/** Like `closest('[attr]')`, but crossing shadow roots up to the document. */
function closestAttribute(element: Element, name: string): string | null {
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node && node !== element.ownerDocument.documentElement) {
    const value = node.getAttribute(name);
    if (value) return value;
    node = node.parentElement ?? hostOf(node);
  }
  return null;
}

function hostOf(element: Element): Element | null {
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
