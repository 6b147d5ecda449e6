// The API spec's snippets in every language, a lazy part (see parts.ts): the first tab of each
// group (curl, Node) is in snippets.ts, which loads with the widget.
import {
  curlRequest,
  entries,
  headerKey,
  jsonOf,
  jsonString,
  nodeVerifier,
  oneLine,
  phpString,
  phpValue,
  pyValue,
  type RequestLanguage,
  type RequestSnippetInput,
  type VerifierLanguage,
} from './snippets.js';

// Every language's snippets from one module, for the snippet tests.
export {
  KEY_PLACEHOLDER,
  REQUEST_LANGUAGES,
  VERIFIER_LANGUAGES,
  type SnippetValue,
} from './snippets.js';

export function requestSnippet(language: RequestLanguage, input: RequestSnippetInput): string {
  const header = oneLine(input.authHeader);
  const key = headerKey(input.apiKey);
  const json = jsonOf(input.body);
  switch (language) {
    case 'curl':
      return curlRequest(input);
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
      return nodeVerifier(signatureHeader);
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
