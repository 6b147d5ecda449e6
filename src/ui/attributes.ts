import type { ComplexAttributeConverter } from 'lit';

const warned = new Set<string>();

/** Says once per page that an attribute's value is unknown, and what is used instead. */
export function warnUnknown(tag: string, name: string, value: string, expected: string): void {
  const key = `${tag}\n${name}\n${value}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[ld] <${tag}> ${name}="${value}" is not known (${expected}).`);
}

/**
 * An attribute limited to known values. A removed or empty attribute means `fallback`; an
 * unknown value warns once and means `fallback` too, so a typo never breaks the widget.
 */
export function oneOf<T extends string>(
  tag: string,
  name: string,
  allowed: readonly T[],
  fallback: T | undefined,
): ComplexAttributeConverter<T | undefined> {
  return {
    fromAttribute(value) {
      if (value === null || value === '') return fallback;
      if ((allowed as readonly string[]).includes(value)) return value as T;
      warnUnknown(tag, name, value, `expected ${allowed.join(', ')}; using ${fallback ?? 'none'}`);
      return fallback;
    },
    toAttribute: (value) => value,
  };
}

/** Free text whose removed attribute reads as empty text, never null. */
export const text: ComplexAttributeConverter<string> = {
  fromAttribute: (value) => value ?? '',
  toAttribute: (value) => value,
};
