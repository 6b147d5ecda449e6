import type { LanguageLoader } from '../src/localize/translation.js';

/**
 * The shipped languages by base tag, each a module of its own that a widget loads the first
 * time its locale needs it: an English-only page downloads none. Brazilian Portuguese stands
 * for every `pt` locale.
 */
export const shippedLanguages: Readonly<Record<string, LanguageLoader>> = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  pt: () => import('./pt-BR.js'),
  ar: () => import('./ar.js'),
};

/** A locale of each shipped language, named in itself, as a language picker offers them. */
export const SHIPPED_LOCALES = [
  { value: 'en-US', label: 'English (US)' },
  { value: 'de-DE', label: 'Deutsch' },
  { value: 'fr-FR', label: 'Français' },
  { value: 'es-ES', label: 'Español' },
  { value: 'pt-BR', label: 'Português (Brasil)' },
  { value: 'ar-EG', label: 'العربية' },
] as const;
