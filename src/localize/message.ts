import { numberFormat } from './format.js';

/**
 * Messages are ICU-like templates, a subset of ICU MessageFormat that translators know:
 *
 * - `{name}` puts in a value;
 * - `{count, plural, =0 {no leads} one {# lead} other {# leads}}` picks a form by
 *   `Intl.PluralRules` (Arabic has six: zero, one, two, few, many, other), `#` being the
 *   number in the language's digits;
 * - `{kind, select, daily {…} other {…}}` picks a branch by a value.
 *
 * Every value put in is wrapped in Unicode isolates (FSI … PDI), so an amount, an id or an
 * Arabic campaign name inside an English sentence (or a Latin one inside Arabic) keeps the
 * sentence's order.
 */
export type MessageValues = Record<string, string | number>;

/** First strong isolate and pop directional isolate. */
export const FSI = '\u2068';
export const PDI = '\u2069';
export const isolate = (text: string): string => `${FSI}${text}${PDI}`;

const pluralRules = new Map<string, Intl.PluralRules>();
const CHOICE = /^\s*([\w.-]+)\s*(?:,\s*(\w+)\s*(?:,([^]*))?)?$/;
const CASE = /^\s*(=?[\w-]+)\s*\{/;

/**
 * Fills in a template in `lang`; a name with no value stays as written, braces and all. It
 * never throws: a host's text may hold braces that are no placeholder (`\${alert(1)}`), and
 * such a template keeps its words, only its plain `{name}`s filled in. `placeholders()` is
 * the strict check, for translations.
 */
export function formatMessage(template: string, values: MessageValues = {}, lang = 'en'): string {
  if (!template.includes('{')) return template;
  try {
    return fill(template, values, lang);
  } catch {
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? isolate(show(values[name] as string | number, lang)) : match,
    );
  }
}

/** Where the brace opened at `from` closes. */
function closing(template: string, from: number): number {
  let depth = 0;
  for (let at = from; at < template.length; at++) {
    if (template[at] === '{') depth++;
    else if (template[at] === '}' && !--depth) return at;
  }
  throw new Error(`Message "${template}": unclosed {`);
}

function fill(template: string, values: MessageValues, lang: string, count?: number): string {
  let out = '';
  for (let at = 0; at < template.length; at++) {
    const char = template[at] as string;
    if (char === '{') {
      const end = closing(template, at);
      out += placeholder(template.slice(at + 1, end), values, lang, template);
      at = end;
    } else if (char === '}') throw new Error(`Message "${template}": unmatched }`);
    else out += char === '#' && count !== undefined ? isolate(show(count, lang)) : char;
  }
  return out;
}

function placeholder(body: string, values: MessageValues, lang: string, template: string): string {
  const [, name = '', kind, rest = ''] = CHOICE.exec(body) ?? [];
  if (!name) throw new Error(`Message "${template}": expected a name in {${body}}`);
  if (!(name in values)) return `{${body}}`;
  const value = values[name] as string | number;
  if (!kind) return isolate(show(value, lang));
  if (kind !== 'plural' && kind !== 'select')
    throw new Error(`Message "${template}": unknown kind ${kind}`);
  const cases = choices(rest, template);
  const n = Number(value);
  const branch =
    kind === 'select'
      ? cases.get(String(value))
      : (cases.get(`=${n}`) ?? cases.get(rules(lang).select(n)));
  return fill(
    branch ?? (cases.get('other') as string),
    values,
    lang,
    kind === 'plural' ? n : undefined,
  );
}

/** `one {…} other {…}` as a map of case to its template. */
function choices(text: string, template: string): Map<string, string> {
  const cases = new Map<string, string>();
  for (let rest = text; rest.trim();) {
    const match = CASE.exec(rest);
    if (!match) throw new Error(`Message "${template}": expected a case`);
    const open = match[0].length - 1;
    const end = closing(rest, open);
    cases.set(match[1] as string, rest.slice(open + 1, end));
    rest = rest.slice(end + 1);
  }
  if (!cases.has('other')) throw new Error(`Message "${template}": a choice needs an other case`);
  return cases;
}

function show(value: string | number, lang: string): string {
  return typeof value === 'number' ? numberFormat(lang).format(value) : value;
}

function rules(lang: string): Intl.PluralRules {
  let found = pluralRules.get(lang);
  if (!found) pluralRules.set(lang, (found = new Intl.PluralRules(lang)));
  return found;
}

/** The names a template fills in, for checking that a translation keeps them all. */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  const walk = (text: string) => {
    for (let at = text.indexOf('{'); at >= 0; at = text.indexOf('{', at)) {
      const end = closing(text, at);
      const [, name = '', kind, rest = ''] = CHOICE.exec(text.slice(at + 1, end)) ?? [];
      if (!name || (kind && kind !== 'plural' && kind !== 'select'))
        throw new Error(`Message "${template}": not a placeholder at ${at}`);
      names.add(name);
      if (kind) for (const branch of choices(rest, template).values()) walk(branch);
      at = end + 1;
    }
  };
  walk(template);
  return [...names].sort();
}
