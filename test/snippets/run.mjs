// Runs the API spec's generated snippets for real, outside the browser: each request
// snippet (curl through bash, fetch through Node, Python requests, PHP) against a local
// echo server with hostile values, and each webhook verifier (Node, Python, PHP) against
// a body signed here, a tampered body and a wrong signature. No snippet is skipped.
import '../../scripts/node-check.mjs';
import { execFile, spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const work = mkdtempSync(join(tmpdir(), 'ld-snippets-'));
// The widget's own snippet code, bundled as the browser gets it (it spans two modules).
await build({
  entryPoints: ['components/api-spec/more-snippets.ts'],
  outfile: join(work, 'snippets.mjs'),
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  logLevel: 'warning',
});
const { KEY_PLACEHOLDER, REQUEST_LANGUAGES, requestSnippet, VERIFIER_LANGUAGES, verifierSnippet } =
  await import(pathToFileURL(join(work, 'snippets.mjs')).href);
const canary = join(work, 'pwned');
const hostile = [
  `it's`,
  `"double" and 'single'`,
  'back\\slash \\n \\\\',
  `$(touch ${canary})`,
  `\`touch ${canary}\``,
  '${HOME} $HOME {$x} #{x}',
  'line one\nline two\r\nX-Injected: 1',
  'Zoë Ñúñez 日本語 🎉👩🏽‍💻',
  `'; touch ${canary}; echo '`,
  `<?php touch('${canary}'); ?>`,
  '\u2028\u2029\t\0end',
];
/** Each case: a body (as field entries), the key the page has, and what the server must get. */
const big = 'x'.repeat(200_000);
const CASES = [
  {
    name: 'hostile values',
    body: [
      ['first_name', hostile[0]],
      ...hostile.map((value, index) => [`field_${index}`, value]),
      [`key's "$(touch ${canary})"`, 'hostile key'],
      // A field named like the prototype, kept as a field in every language.
      ['__proto__', 'proto field'],
      ['consent', true],
      ['score', -12.5],
      ['missing', null],
    ],
    apiKey: `ld_live_'"$\`\\$(touch ${canary})`,
  },
  // Before Reveal the page has only the masked key, whose bullets no header may hold.
  {
    name: 'masked key',
    body: [['email', 'a@b.example']],
    apiKey: 'ld_live_••••••••3f9a',
    key: KEY_PLACEHOLDER,
  },
  // An example past one shell argument's limit (128 KB on Linux).
  { name: 'a 200 KB example', body: [['notes', big]], apiKey: 'ld_live_k' },
  // PHP would send [] for these, a list for numeric-looking names.
  { name: 'an empty body', body: [], apiKey: 'ld_live_k' },
  {
    name: 'numeric field names',
    body: [
      ['0', 'a'],
      ['1', 'b'],
    ],
    apiKey: 'ld_live_k',
  },
];
const authHeader = 'x-api-key';

const failures = [];
const check = (ok, message) => ok || failures.push(message);

/** Answers every request with 201 and keeps what it received. */
const received = [];
const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    received.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    });
    response.writeHead(201, { 'Content-Type': 'application/json' });
    response.end('{"status":"ACCEPTED","lead_id":"lead_echo"}');
  });
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
// Braces and brackets in the URL: curl would glob them without -g.
const endpoint = `http://127.0.0.1:${server.address().port}/api/v1/ingest?tag={a,b}&list[]=1`;

const RUNNERS = {
  curl: { file: 'request.sh', command: 'bash' },
  fetch: { file: 'request.mjs', command: process.execPath },
  python: { file: 'request.py', command: 'python3' },
  php: { file: 'request.php', command: 'php' },
};

/** Async, so that the echo server in this process can answer meanwhile. */
function run(command, file) {
  return new Promise((resolve) =>
    execFile(
      command,
      [file],
      { cwd: work, encoding: 'utf8', timeout: 20_000 },
      (error, stdout, stderr) =>
        resolve({ error, status: error ? (error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

for (const { name, body: fields, apiKey, key = apiKey } of CASES)
  for (const language of REQUEST_LANGUAGES) {
    const { file, command } = RUNNERS[language];
    const path = join(work, file);
    writeFileSync(path, requestSnippet(language, { endpoint, authHeader, apiKey, body: fields }));
    const body = Object.fromEntries(fields);
    const before = received.length;
    const result = await run(command, path);
    const label = `${language} (${command}), ${name}`;
    if (result.error || result.status !== 0) {
      failures.push(`${label} exited ${result.status}: ${result.error ?? result.stderr}`);
      continue;
    }
    const got = received[before];
    if (
      !check(
        received.length === before + 1,
        `${label}: the server got ${received.length - before} requests`,
      )
    )
      continue;
    check(got.method === 'POST', `${label}: method ${got.method}`);
    // Encoded or not (Python's requests encodes braces), the same URL.
    const sent = decodeURIComponent(new URL(endpoint).pathname + new URL(endpoint).search);
    check(decodeURIComponent(got.url) === sent, `${label}: URL ${got.url}`);
    check(
      /^application\/json\b/.test(got.headers['content-type'] ?? ''),
      `${label}: content type ${got.headers['content-type']}`,
    );
    check(
      got.headers[authHeader] === key,
      `${label}: key header ${JSON.stringify(got.headers[authHeader])}`,
    );
    check(!('x-injected' in got.headers), `${label}: a value injected a header`);
    let parsed;
    try {
      parsed = JSON.parse(got.body);
    } catch {
      failures.push(`${label}: the body is not JSON: ${got.body.slice(0, 200)}`);
      continue;
    }
    check(
      JSON.stringify(parsed) === JSON.stringify(body),
      `${label}: the body differs:\n${JSON.stringify(parsed)}`,
    );
    check(/201/.test(result.stdout), `${label}: did not print the status`);
  }
check(!existsSync(canary), 'a hostile value ran a command');
server.close();

// Webhook verifiers: the generated function, driven by a few lines per language.
const secret = `whsec_'"$\`\\ 🎉`;
const signedBody = JSON.stringify({ event: 'lead.accepted', lead_id: 'lead_1', note: hostile[6] });
const signature = createHmac('sha256', secret).update(signedBody).digest('hex');
writeFileSync(join(work, 'body.json'), signedBody);
writeFileSync(join(work, 'tampered.json'), signedBody.replace('lead_1', 'lead_2'));
const cases = [
  ['body.json', signature, true],
  // A forged header that is not ASCII: False, never an exception.
  ['body.json', 'é'.repeat(64), false],
  ['tampered.json', signature, false],
  ['body.json', signature.replace(/.$/, (c) => (c === '0' ? '1' : '0')), false],
  ['body.json', signature.toUpperCase(), false],
  ['body.json', '', false],
];
const DRIVERS = {
  node: {
    file: 'verify.mjs',
    command: process.execPath,
    driver: `
import { readFileSync } from 'node:fs';
const [file, signature] = process.argv.slice(2);
console.log(verifySignature(readFileSync(file), signature, process.env.LEADDISTRO_WEBHOOK_SECRET) ? 'valid' : 'invalid');`,
  },
  python: {
    file: 'verify.py',
    command: 'python3',
    driver: `
import os, sys
with open(sys.argv[1], "rb") as f:
    print("valid" if verify_signature(f.read(), sys.argv[2], os.environ["LEADDISTRO_WEBHOOK_SECRET"]) else "invalid")`,
  },
  php: {
    file: 'verify.php',
    command: 'php',
    driver: `
echo verify_signature(file_get_contents($argv[1]), $argv[2], getenv('LEADDISTRO_WEBHOOK_SECRET')) ? 'valid' : 'invalid', "\\n";`,
  },
};
for (const language of VERIFIER_LANGUAGES) {
  const { file, command, driver } = DRIVERS[language];
  const path = join(work, file);
  writeFileSync(path, `${verifierSnippet(language, 'X-LeadDistro-Signature')}\n${driver}\n`);
  for (const [bodyFile, given, valid] of cases) {
    const result = spawnSync(command, [path, join(work, bodyFile), given], {
      encoding: 'utf8',
      env: { ...process.env, LEADDISTRO_WEBHOOK_SECRET: secret },
    });
    const said = result.stdout.trim();
    check(
      said === (valid ? 'valid' : 'invalid'),
      `${language} verifier said "${said || result.stderr.trim()}" for ${bodyFile} with ${given ? 'signature …' + given.slice(-4) : 'no signature'}`,
    );
  }
}

rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.error(`Snippets: ${failures.length} problems:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Snippets: ${REQUEST_LANGUAGES.length} request snippets sent exactly the intended body, key and URL in ${CASES.length} cases (${CASES.map((c) => c.name).join(', ')}); ${VERIFIER_LANGUAGES.length} verifiers passed ${cases.length} cases each.`,
);
