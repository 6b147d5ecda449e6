type Formatter =
  Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.ListFormat;

const formatters = new Map<string, Formatter>();

function cached<T extends Formatter>(
  kind: string,
  lang: string,
  options: object,
  make: () => T,
): T {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

export const numberFormat = (lang: string, options: Intl.NumberFormatOptions = {}) =>
  cached('n', lang, options, () => new Intl.NumberFormat(lang, options));

export const dateFormat = (lang: string, options: Intl.DateTimeFormatOptions) =>
  cached('d', lang, options, () => new Intl.DateTimeFormat(lang, options));

export const listFormat = (lang: string, type: Intl.ListFormatType) =>
  cached('l', lang, { type }, () => new Intl.ListFormat(lang, { type }));

export const relativeFormat = (lang: string) =>
  cached('r', lang, {}, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));

/** Minor units per major unit of a currency (100 for USD, 1 for JPY). */
export function minorUnits(currency: string): number {
  const digits =
    numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
    2;
  return 10 ** digits;
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

export function relativeParts(ms: number): [number, Intl.RelativeTimeFormatUnit] {
  let value = ms / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return [Math.round(value), unit];
    value /= size;
  }
  return [Math.round(value), 'year'];
}

export function isValidLocale(lang: string | null | undefined): lang is string {
  if (!lang) return false;
  try {
    return Intl.getCanonicalLocales(lang).length > 0;
  } catch {
    return false;
  }
}

const RTL = new Set(['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'dv', 'yi', 'ckb', 'sd', 'ug']);

export function directionOf(lang: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(lang) as Intl.Locale & {
    getTextInfo?: () => { direction: string };
  };
  const info = locale.getTextInfo?.();
  if (info) return info.direction === 'rtl' ? 'rtl' : 'ltr';
  return RTL.has(locale.language) ? 'rtl' : 'ltr';
}
