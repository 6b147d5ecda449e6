import type { ApiSpec, SpecField } from '../api/contract/api-spec.js';
import type { MockPortalState } from './db.js';

const field = (
  name: string,
  type: SpecField['type'],
  required: boolean,
  example: SpecField['example'],
  extra: Partial<SpecField> = {},
): SpecField => ({
  name,
  type,
  required,
  format: null,
  allowedValues: null,
  example,
  description: null,
  ...extra,
});

const body = (value: unknown) => JSON.stringify(value, null, 2);

export function maskKey(key: string): string {
  return `${key.slice(0, 8)}${'•'.repeat(12)}${key.slice(-4)}`;
}

/** The supplier's ingest API spec, true to the real Lead Distro ingest API. */
export function apiSpecOf(state: MockPortalState): ApiSpec {
  const { seed } = state;
  const campaign = seed.campaigns[0];
  const agency = seed.agency.toLowerCase().split(' ')[0];
  return {
    supplierId: seed.supplierId,
    endpoint: `https://${agency}.leaddistro.ai/api/v1/ingest`,
    method: 'POST',
    authHeader: 'x-api-key',
    maskedKey: maskKey(state.apiKey),
    contentTypes: ['application/json', 'application/x-www-form-urlencoded'],
    fields: [
      field('flo_campaign_id', 'string', true, campaign?.id ?? null, {
        allowedValues: seed.campaigns.map((item) => item.id),
      }),
      field('flo_supplier_id', 'string', true, seed.supplierId),
      field('first_name', 'string', true, 'Zoë'),
      field('last_name', 'string', true, "O'Brien-Nuñez"),
      field('phone', 'string', true, '2025550143', {
        format: 'phone',
        description: '10 digits, no punctuation',
      }),
      field('email', 'string', true, 'zoe.obrien@example.com', { format: 'email' }),
      field('zip', 'string', false, '02139', { format: 'zip' }),
      field('consent', 'boolean', false, true),
      field('trusted_form_cert_url', 'string', false, 'https://cert.trustedform.com/2f4e…', {
        format: 'uri',
      }),
      field('sub_id', 'string', false, 'fb-spring', {
        description: 'Your own traffic source; the intake report compares them',
      }),
      field('notes', 'string', false, 'Prefers "evening" calls; budget $5k `asap`', {
        description: 'Free text, passed through to the buyer',
      }),
    ],
    exampleResponses: [
      { status: 201, label: 'Accepted', body: body({ status: 'ACCEPTED', lead_id: 'lead_8f2k1' }) },
      {
        status: 200,
        label: 'Unmatched',
        body: body({ status: 'UNMATCHED', lead_id: 'lead_8f2k2' }),
      },
      {
        status: 400,
        label: 'Rejected: validation failed',
        body: body({
          error: 'validation_failed',
          field_errors: [
            { field: 'phone', code: 'invalid_phone', message: 'Must be a 10-digit phone number' },
          ],
        }),
      },
      { status: 401, label: 'Missing or wrong API key', body: body({ error: 'unauthorized' }) },
      { status: 404, label: 'Unknown campaign', body: body({ error: 'campaign_not_found' }) },
      {
        status: 422,
        label: 'Filtered',
        body: body({
          error: 'filter_errors',
          filter_errors: [{ filter: 'geo', message: 'ZIP not served' }],
        }),
      },
      {
        status: 429,
        label: 'Rate limited',
        body: body({ error: 'rate_limited' }),
        headers: [{ name: 'Retry-After', value: '30' }],
      },
    ],
    rateLimit: { requestsPerMinute: 600, burst: 50 },
    webhookSigning: { header: 'X-LeadDistro-Signature', algorithm: 'HMAC-SHA256', encoding: 'hex' },
  };
}

/** Values a snippet must carry as text whatever they hold: quotes, `$( )`, backticks, markup, newlines, emoji. */
export const HOSTILE_VALUES = [
  `it's "quoted" \\ back\\slash`,
  '$(touch /tmp/ld-pwned) `touch /tmp/ld-pwned` ${HOME}',
  '<img src=x onerror="window.__ldPwned=1"><script>window.__ldPwned=1</script>',
  'line one\nline two',
  "'; DROP TABLE leads; -- 🎉 Zoë",
];

/** The spec with hostile example values and a hostile extra field, for tests and stories. */
export function hostileSpec(spec: ApiSpec): ApiSpec {
  return {
    ...spec,
    fields: [
      ...spec.fields.map((item, index) =>
        item.type === 'string'
          ? { ...item, example: HOSTILE_VALUES[index % HOSTILE_VALUES.length]! }
          : item,
      ),
      field(`x_"$(id)"_<b>`, 'string', false, '`whoami`', {
        description: '<script>window.__ldPwned=1</script>',
      }),
    ],
  };
}
