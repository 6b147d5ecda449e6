import * as z from 'zod/mini';
import type { Endpoint } from '../endpoint.js';
import { WEBHOOK_EVENTS } from './codes.js';

export { WEBHOOK_EVENTS };
import { Count, Id, Instant, ShortText, Text } from './common.js';

export const SpecField = z.object({
  name: ShortText,
  type: z.enum(['string', 'number', 'integer', 'boolean']),
  required: z.boolean(),
  /** e.g. `email`, `phone`, `date`, `zip`. */
  format: z.nullable(ShortText),
  allowedValues: z.nullable(z.array(ShortText)),
  example: z.nullable(z.union([z.string(), z.number(), z.boolean()])),
  description: z.nullable(Text),
});
export type SpecField = z.infer<typeof SpecField>;

export const ExampleResponse = z.object({
  status: z.int().check(z.minimum(100), z.maximum(599)),
  label: ShortText,
  /** Serialized JSON, shown as text and never parsed into markup. */
  body: z.string().check(z.maxLength(20000)),
  /** A list rather than a map, so that unknown keys are stripped like anywhere else. */
  headers: z.optional(z.array(z.object({ name: ShortText, value: ShortText }))),
});
export type ExampleResponse = z.infer<typeof ExampleResponse>;

export const ApiSpec = z.object({
  supplierId: Id,
  endpoint: z.url({ protocol: /^https$/ }),
  method: z.literal('POST'),
  authHeader: ShortText,
  maskedKey: ShortText,
  contentTypes: z.array(ShortText),
  fields: z.array(SpecField),
  exampleResponses: z.array(ExampleResponse),
  rateLimit: z.object({ requestsPerMinute: Count, burst: Count }),
  webhookSigning: z.object({
    header: ShortText,
    algorithm: z.literal('HMAC-SHA256'),
    encoding: z.literal('hex'),
  }),
});
export type ApiSpec = z.infer<typeof ApiSpec>;

/** Write replies carry the supplier they were made for, so one for anyone else is refused. */
export const RevealedKey = z.object({ supplierId: Id, apiKey: ShortText });
export type RevealedKey = z.infer<typeof RevealedKey>;

export const RotatedKey = z.object({
  supplierId: Id,
  apiKey: ShortText,
  maskedKey: ShortText,
  /** The old key keeps working until this instant. */
  previousKeyExpiresAt: Instant,
});
export type RotatedKey = z.infer<typeof RotatedKey>;

export const WebhookEvent = z.enum(WEBHOOK_EVENTS);

export const Integration = z.object({
  supplierId: Id,
  webhookUrl: z.nullable(z.url({ protocol: /^https$/ })),
  events: z.array(WebhookEvent),
});
export type Integration = z.infer<typeof Integration>;

export const IntegrationUpdate = z.object({
  webhookUrl: z.nullable(z.url({ protocol: /^https$/ })),
  events: z.array(WebhookEvent),
});
export type IntegrationUpdate = z.infer<typeof IntegrationUpdate>;

export const WebhookTestResult = z.object({
  supplierId: Id,
  statusCode: z.nullable(z.int()),
  latencyMs: Count,
  deliveredAt: Instant,
  error: z.nullable(Text),
});
export type WebhookTestResult = z.infer<typeof WebhookTestResult>;

export const getApiSpec = {
  method: 'GET',
  path: '/v1/api-spec',
  response: ApiSpec,
} as const satisfies Endpoint;

export const revealApiKey = {
  method: 'POST',
  path: '/v1/api-key/reveal',
  response: RevealedKey,
  permission: 'org:portal:reveal_key',
} as const satisfies Endpoint;

export const rotateApiKey = {
  method: 'POST',
  path: '/v1/api-key/rotate',
  response: RotatedKey,
  permission: 'org:portal:integration',
  idempotent: true,
} as const satisfies Endpoint;

export const getIntegration = {
  method: 'GET',
  path: '/v1/integration',
  response: Integration,
} as const satisfies Endpoint;

export const updateIntegration = {
  method: 'PUT',
  path: '/v1/integration',
  body: IntegrationUpdate,
  response: Integration,
  permission: 'org:portal:integration',
} as const satisfies Endpoint;

export const testWebhook = {
  method: 'POST',
  path: '/v1/integration/test-webhook',
  response: WebhookTestResult,
  permission: 'org:portal:integration',
} as const satisfies Endpoint;
