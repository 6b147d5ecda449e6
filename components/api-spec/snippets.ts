/**
 * Copy-paste code for a supplier's developer: a request to the ingest endpoint in four
 * languages, and a webhook signature check in three. Every value comes from the server,
 * so each is written as a string literal of its language, quoted for any content
 * (quotes, backslashes, `$`, backticks, newlines, emoji): pasting can never run a value.
 *
 * No imports: the snippet tests run this file in Node as it is.
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
const oneLine = (value: string) => value.replace(/[\r\n]+/g, ' ');

/** Bash: single quotes hold anything but a single quote, which closes, escapes and reopens. */
export const shellString = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/** JavaScript and Python share JSON's string escapes (`\n`, `\"`, `\\`, `\uXXXX`). */
const jsonString = (value: string) => JSON.stringify(value);

/** PHP single quotes: only `\` and `'` are special, so no `$` or `{…}` is ever interpolated. */
export const phpString = (value: string) => `'${value.replace(/[\\']/g, (char) => `\\${char}`)}'`;

function pyValue(value: SnippetValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return typeof value === 'number' ? JSON.stringify(value) : jsonString(value);
}

function phpValue(value: SnippetValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'number' ? JSON.stringify(value) : phpString(value);
}

const entries = (body: RequestSnippetInput['body']) =>
  body.filter(([, value]) => typeof value !== 'number' || Number.isFinite(value));

/** The body as indented JSON; `Object.fromEntries` defines `__proto__` as a field like any other. */
const jsonOf = (body: RequestSnippetInput['body']) =>
  JSON.stringify(Object.fromEntries(entries(body)), null, 2);

export function requestSnippet(language: RequestLanguage, input: RequestSnippetInput): string {
  const header = oneLine(input.authHeader);
  // A header holds printable ASCII only; anything else is no key a server would take.
  const key = /^[\x20-\x7e]*$/.test(input.apiKey) ? input.apiKey : KEY_PLACEHOLDER;
  const json = jsonOf(input.body);
  switch (language) {
    case 'curl':
      // The body comes on stdin from a quoted here-document: no argument-length limit
      // (128 KB on Linux), and nothing in it is expanded. No line of indented JSON can be
      // the delimiter. `-g` stops curl from globbing `{}` and `[]` in the URL.
      return [
        `curl -sS -i -g -X POST ${shellString(input.endpoint)} \\`,
        `  -H ${shellString('Content-Type: application/json')} \\`,
        `  -H ${shellString(`${header}: ${key}`)} \\`,
        `  --data-binary @- <<'LEAD_JSON'`,
        json,
        'LEAD_JSON',
      ].join('\n');
    case 'fetch':
      return [
        `const response = await fetch(${jsonString(input.endpoint)}, {`,
        `  method: "POST",`,
        `  headers: {`,
        `    "Content-Type": "application/json",`,
        `    ${jsonString(header)}: ${jsonString(key)},`,
        `  },`,
        // In an object literal `"__proto__":` would set the prototype; `["__proto__"]:` is a key.
        `  body: JSON.stringify(${json.replace(/\n/g, '\n  ').replace(/^(\s*)"__proto__":/m, '$1["__proto__"]:')}),`,
        `});`,
        `console.log(response.status, await response.text());`,
      ].join('\n');
    case 'python':
      return [
        'import requests',
        '',
        'payload = {',
        ...entries(input.body).map(
          ([name, value]) => `    ${jsonString(name)}: ${pyValue(value)},`,
        ),
        '}',
        'response = requests.post(',
        `    ${jsonString(input.endpoint)},`,
        '    json=payload,',
        `    headers={${jsonString(header)}: ${jsonString(key)}},`,
        '    timeout=10,',
        ')',
        'print(response.status_code, response.text)',
      ].join('\n');
    case 'php':
      return [
        '<?php',
        '$payload = [',
        ...entries(input.body).map(
          ([name, value]) => `    ${phpString(name)} => ${phpValue(value)},`,
        ),
        '];',
        "$context = stream_context_create(['http' => [",
        "    'method' => 'POST',",
        `    'header' => "Content-Type: application/json\\r\\n" . ${phpString(`${header}: ${key}`)},`,
        // An object even when empty, or when every field name looks like a number.
        "    'content' => json_encode((object) $payload, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES),",
        "    'ignore_errors' => true,",
        ']]);',
        `$response = file_get_contents(${phpString(input.endpoint)}, false, $context);`,
        'echo $http_response_header[0], "\\n", $response, "\\n";',
      ].join('\n');
  }
}

/**
 * A check of a webhook's signature: HMAC-SHA256 of the raw body with the signing secret,
 * lowercase hex, compared in constant time. The secret is read from the environment.
 */
export function verifierSnippet(language: VerifierLanguage, signatureHeader: string): string {
  const header = oneLine(signatureHeader);
  switch (language) {
    case 'node':
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
        `export const SIGNATURE_HEADER = ${jsonString(header.toLowerCase())};`,
        '// verifySignature(Buffer.concat(chunks), req.headers[SIGNATURE_HEADER], process.env.LEADDISTRO_WEBHOOK_SECRET)',
      ].join('\n');
    case 'python':
      return [
        'import hashlib',
        'import hmac',
        '',
        '# raw_body: the request body as received (bytes), before any JSON parsing.',
        'def verify_signature(raw_body: bytes, signature: str, secret: str) -> bool:',
        '    expected = hmac.new(secret.encode(), raw_body, hashlib.sha256).hexdigest()',
        '    # As bytes: compare_digest raises on a str that is not ASCII; a forged header may be.',
        '    given = (signature or "").encode("utf-8", "surrogatepass")',
        '    return hmac.compare_digest(expected.encode(), given)',
        '',
        `SIGNATURE_HEADER = ${jsonString(header)}`,
        '# Flask: verify_signature(request.get_data(), request.headers.get(SIGNATURE_HEADER), os.environ["LEADDISTRO_WEBHOOK_SECRET"])',
      ].join('\n');
    case 'php':
      return [
        '<?php',
        '// $rawBody: the request body as received, before any JSON decoding.',
        'function verify_signature(string $rawBody, string $signature, string $secret): bool {',
        "    $expected = hash_hmac('sha256', $rawBody, $secret);",
        '    return hash_equals($expected, $signature);',
        '}',
        '',
        `$signatureKey = ${phpString(`HTTP_${header.toUpperCase().replace(/-/g, '_')}`)};`,
        "// verify_signature(file_get_contents('php://input'), $_SERVER[$signatureKey] ?? '', getenv('LEADDISTRO_WEBHOOK_SECRET'))",
      ].join('\n');
  }
}
