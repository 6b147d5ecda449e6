import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  dateFormat,
  directionOf,
  isValidLocale,
  minorUnits,
  numberFormat,
  relativeFormat,
  relativeParts,
} from './format.js';
import type { Strings } from './strings.js';
import { systemClock, type Clock } from '../clock/clock.js';
import { unwatchTime, watchTime } from '../clock/ticker.js';

const translations = new Map<string, Strings>();

/** Adds or extends a translation. Keys missing from it fall back to English. */
export function registerStrings(lang: string, strings: Strings): void {
  const key = lang.toLowerCase();
  translations.set(key, { ...translations.get(key), ...strings });
  for (const controller of connected) controller.host.requestUpdate();
}

export function interpolate(
  template: string,
  values: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  /** A locale set on the element itself; wins over `lang`. */
  locale?: string | undefined;
  /** Per-element text overrides. */
  strings?: Strings | undefined;
}

export interface LocalizeOptions<S extends Strings> {
  defaults: S;
  /** Locale, text overrides and clock of the enclosing portal configuration. */
  portal?: () =>
    | { locale?: string | undefined; strings?: Strings | undefined; clock?: Clock | undefined }
    | undefined;
}

const connected = new Set<LocalizeController<Strings>>();
let observer: MutationObserver | undefined;

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
      observer = new MutationObserver(() => {
        for (const controller of connected) controller.host.requestUpdate();
      });
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang', 'dir'],
      });
    }
  }

  hostUpdate(): void {
    this.#lang = undefined;
    this.#lang = this.lang();
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

  term(key: keyof S & string, values?: Record<string, string | number>): string {
    const lang = this.lang().toLowerCase();
    const template =
      this.host.strings?.[key] ??
      this.#options.portal?.()?.strings?.[key] ??
      translations.get(lang)?.[key] ??
      translations.get(lang.split('-')[0] as string)?.[key] ??
      this.#options.defaults[key] ??
      key;
    return interpolate(template, values);
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

  /** The short name of the supplier's zone at that instant (now by default), such as "EST" or "GMT+1". */
  zoneName(value: string | Date = new Date(this.now())): string {
    const parts = dateFormat(this.lang(), {
      timeZone: this.timeZone,
      timeZoneName: 'short',
    }).formatToParts(toDate(value));
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? this.timeZone ?? '';
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
