/**
 * Copy-paste code for a supplier's developer: a request to the ingest endpoint in four
 * languages, and a webhook signature check in three. Every value comes from the server,
 * so each is written as a string literal of its language, quoted for any content
 * (quotes, backslashes, `$`, backticks, newlines, emoji): pasting can never run a value.
 *
 * This file holds what the first tab of each group needs (curl, Node); the other languages
 * are a lazy part, more-snippets.ts.
 */

export type SnippetValue = string | number | boolean | null;

export interface RequestSnippetInput {
  endpoint: string;
  /** The header that carries the key, such as `x-api-key`. */
  authHeader: string;
  /** The revealed key, or `KEY_PLACEHOLDER`: a snippet never holds more than the page shows. */
  apiKey: string;
  /** The example lead, field by field, in order; a list, so that even `__proto__` is a field. */
  body: readonly (readonly [string, SnippetValue])[];
}

/**
 * What a snippet holds until the key is revealed. The masked key's bullets are no ASCII, so
 * fetch and Python refuse them in a header, and curl and PHP send mojibake.
 */
export const KEY_PLACEHOLDER = 'REVEAL-YOUR-API-KEY-ABOVE';

export const REQUEST_LANGUAGES = ['curl', 'fetch', 'python', 'php'] as const;
export type RequestLanguage = (typeof REQUEST_LANGUAGES)[number];

export const VERIFIER_LANGUAGES = ['node', 'python', 'php'] as const;
export type VerifierLanguage = (typeof VERIFIER_LANGUAGES)[number];

/** A header line cannot hold a line break; a value that has one would split the request. */
export const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ');

/** Bash: single quotes hold anything but a single quote, which closes, escapes and reopens. */
const shellString = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** JavaScript and Python share JSON's string escapes (`\n`, `\"`, `\\`, `\uXXXX`). */
export const jsonString = (value: string) => JSON.stringify(value);

/** PHP single quotes: only `\` and `'` are special, so no `$` or `{…}` is ever interpolated. */
export const phpString = (value: string) => `'${value.replace(/[\\']/g, (char) => `\\${char}`)}'`;

export function pyValue(value: SnippetValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'number' ? JSON.stringify(value) : jsonString(value);
}

export function phpValue(value: SnippetValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'number' ? JSON.stringify(value) : phpString(value);
}

export const entries = (body: RequestSnippetInput['body']) =>
  body.filter(([, value]) => typeof value !== 'number' || Number.isFinite(value));

/** The body as indented JSON; `Object.fromEntries` defines `__proto__` as a field like any other. */
export const jsonOf = (body: RequestSnippetInput['body']) =>
  JSON.stringify(Object.fromEntries(entries(body)), null, 2);

/** A header holds printable ASCII only; anything else is no key a server would take. */
export const headerKey = (apiKey: string) =>
  /^[\x20-\x7e]*$/.test(apiKey) ? apiKey : KEY_PLACEHOLDER;

export function curlRequest(input: RequestSnippetInput): string {
  // The body comes on stdin from a quoted here-document: no argument-length limit (128 KB
  // on Linux), and nothing in it is expanded. No line of indented JSON can be the
  // delimiter. `-g` stops curl from globbing `{}` and `[]` in the URL.
  return [
    `curl -sS -i -g -X POST ${shellString(input.endpoint)} \\`,
    `  -H ${shellString('Content-Type: application/json')} \\`,
    `  -H ${shellString(`${oneLine(input.authHeader)}: ${headerKey(input.apiKey)}`)} \\`,
    `  --data-binary @- <<'LEAD_JSON'`,
    jsonOf(input.body),
    'LEAD_JSON',
  ].join('\n');
}

/**
 * A check of a webhook's signature in Node: HMAC-SHA256 of the raw body with the signing
 * secret, lowercase hex, compared in constant time. The secret is read from the environment.
 */
export function nodeVerifier(signatureHeader: string): string {
  return [
    "import { createHmac, timingSafeEqual } from 'node:crypto';",
    '',
    '// rawBody: the request body as received (a Buffer), before any JSON parsing.',
    'export function verifySignature(rawBody, signature, secret) {',
    "  const expected = Buffer.from(createHmac('sha256', secret).update(rawBody).digest('hex'));",
    "  const given = Buffer.from(String(signature ?? ''));",
    '  return expected.length === given.length && timingSafeEqual(expected, given);',
    '}',
    '',
    "// With Node's http server: collect the chunks, then check before parsing.",
    `export const SIGNATURE_HEADER = ${jsonString(oneLine(signatureHeader).toLowerCase())};`,
    '// verifySignature(Buffer.concat(chunks), req.headers[SIGNATURE_HEADER], process.env.LEADDISTRO_WEBHOOK_SECRET)',
  ].join('\n');
}
