import type { Strings } from './strings.js';

/**
 * A translation of an English text set: every key, and no other, as a template. Used with
 * `satisfies`, a missing or misspelled key fails the type check.
 */
export type Translation<S> = { readonly [K in keyof S]: string };

/**
 * Text of one language, by part: `common` (states, errors, the date-range picker) and one
 * set per widget, named after its tag without `ld-`. A host adding a language may leave
 * parts or keys out; they fall back to English.
 */
export type Language = Record<string, Strings>;

/** Loads a shipped language, which registers itself. */
export type LanguageLoader = () => Promise<unknown>;

const languages = new Map<string, Language>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/** Registers (or extends) a language under its BCP 47 tag, such as `de` or `pt-BR`. */
export function registerLanguage(lang: string, language: Language): void {
  const key = lang.toLowerCase();
  const merged: Language = { ...languages.get(key) };
  for (const [part, strings] of Object.entries(language))
    merged[part] = { ...merged[part], ...strings };
  languages.set(key, merged);
  for (const listener of listeners) listener();
}

/** The template of `key` in `part` (or in `common`) for `lang`, then for its base language. */
export function translated(lang: string, part: string, key: string): string | undefined {
  const lower = lang.toLowerCase();
  for (const tag of [lower, lower.split('-')[0] as string]) {
    const language = languages.get(tag);
    const template = language?.[part]?.[key] ?? language?.common?.[key];
    if (template !== undefined) return template;
  }
  return undefined;
}

/**
 * Loads the shipped language `lang` falls under, once, if it is not registered yet. Resolves
 * when it is in (or could not be: English stays).
 */
export function loadLanguage(
  lang: string,
  loaders: Readonly<Record<string, LanguageLoader>>,
): Promise<void> {
  const base = lang.toLowerCase().split('-')[0] as string;
  const loader = loaders[base];
  if (!loader || languages.has(base)) return Promise.resolve();
  let pending = loading.get(base);
  if (!pending) {
    pending = loader().then(
      () => undefined,
      () => undefined,
    );
    loading.set(base, pending);
  }
  return pending;
}

/** Calls `listener` whenever a language is registered; returns the way to stop. */
export function onLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
