import type * as z from 'zod/mini';
import { endpoints } from '../api/contract/index.js';
import type { Endpoint } from '../api/endpoint.js';
import { CapUpdate } from '../api/contract/caps.js';
import { IngestionLogQuery } from '../api/contract/ingestion.js';
import { PayoutQuery } from '../api/contract/payouts.js';
import { IngestionStatsQuery } from '../api/contract/ingestion-stats.js';
import { StatusUpdate, type Portal, type StatusChange } from '../api/contract/portal.js';
import { IntegrationUpdate } from '../api/contract/api-spec.js';
import type { MockContext, MockResult, MockRoute } from './handlers.js';
import { apiSpecOf, hostileSpec, maskKey } from './api-spec.js';
import { pathMatches } from './control.js';
import { LEAKED_PER_LEAD } from './leak.js';
import { exportCsv, filterLeads, toDetail, toEntry } from './ingestion.js';
import { payoutSummary } from './payouts.js';
import { ingestionStats } from './ingestion-stats.js';
import { rangeDays } from '../localize/date-range.js';

const fail = (
  status: number,
  code: string,
  message: string,
  fieldErrors?: unknown[],
): MockResult => ({
  error: { status, code, message, ...(fieldErrors ? { fieldErrors } : {}) },
});

/**
 * Wraps a route with what the contract says of its endpoint: the permission it needs,
 * and idempotent replay by `Idempotency-Key`.
 */
function route(endpoint: Endpoint, run: MockRoute) {
  return {
    method: endpoint.method,
    path: endpoint.path,
    run: async (context: MockContext): Promise<MockResult> => {
      if (endpoint.permission && !context.permissions.includes(endpoint.permission)) {
        return fail(403, 'forbidden', `This needs the ${endpoint.permission} permission`);
      }
      if (!endpoint.idempotent) return run(context);
      const key = context.request.headers.get('Idempotency-Key');
      if (!key) return fail(400, 'idempotency_key_required', 'Send an Idempotency-Key header');
      const stored = context.state.idempotency.get(key) as MockResult | undefined;
      if (stored) return stored;
      const result = await run(context);
      if (!('error' in result)) context.state.idempotency.set(key, result);
      return result;
    },
  };
}

async function bodyOf<S extends z.ZodMiniType>(context: MockContext, schema: S) {
  let raw: unknown;
  try {
    raw = await context.request.json();
  } catch {
    return { error: fail(400, 'invalid_json', 'The body is not valid JSON') };
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data as z.output<S> };
  const fieldErrors = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.'),
    code: issue.code,
    message: issue.message,
  }));
  return { error: fail(422, 'validation_failed', 'Some values are not valid', fieldErrors) };
}

function queryOf<S extends z.ZodMiniType>(context: MockContext, schema: S) {
  const raw: Record<string, unknown> = Object.fromEntries(context.url.searchParams);
  if (typeof raw.limit === 'string') raw.limit = Number(raw.limit);
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? { data: parsed.data as z.output<S> }
    : { error: fail(400, 'invalid_query', parsed.error.issues[0]?.message ?? 'Invalid query') };
}

export function portalOf({
  state,
  permissions,
}: Pick<MockContext, 'state' | 'permissions'>): Portal {
  const { seed } = state;
  return {
    portalId: seed.portalId,
    supplierId: seed.supplierId,
    supplierName: seed.supplierName,
    status: state.status,
    statusHistory: state.history.slice(0, 10),
    timeZone: seed.timeZone,
    currency: seed.currency,
    costMode: seed.costMode,
    testMode: seed.testMode,
    campaigns: seed.campaigns,
    permissions,
  };
}

/** The next cursor as a broken server sends it: `a → a`, or `a → b → a`. */
function looped(
  loop: MockContext['control']['cursorLoop'],
  offset: number,
  limit: number,
  next: string | null,
): string | null {
  if (!loop || offset === 0 || next === null) return next;
  if (loop === 'same') return `c${offset}`;
  return offset >= 2 * limit ? `c${limit}` : next;
}

function record(state: MockContext['state'], change: StatusChange): void {
  state.history.unshift(change);
  state.history.length = Math.min(state.history.length, 10);
}

export const routes = [
  route(endpoints.getPortal, (context) => ({ json: portalOf(context) })),

  route(endpoints.setPortalStatus, async (context) => {
    const body = await bodyOf(context, StatusUpdate);
    if (body.error) return body.error;
    const { state, person } = context;
    const { paused, reason } = body.data;
    if (!paused && state.status.capId) {
      const cap = state.caps.find((item) => item.id === state.status.capId);
      return fail(
        409,
        'cap_hold',
        `A reached cap holds this pause until ${cap?.resetsAt ?? 'it is reset by your agency'}`,
      );
    }
    if (paused !== (state.status.state === 'paused')) {
      const at = new Date(context.db.clock.now()).toISOString();
      state.status = paused
        ? { state: 'paused', pausedAt: at, pausedBy: person.name, reason, capId: null }
        : { state: 'active', pausedAt: null, pausedBy: null, reason: null, capId: null };
      record(state, { at, paused, by: person.name, reason, capId: null });
    }
    return {
      json: {
        supplierId: state.seed.supplierId,
        status: state.status,
        statusHistory: state.history.slice(0, 10),
      },
    };
  }),

  route(endpoints.listIngestionLogs, (context) => {
    const query = queryOf(context, IngestionLogQuery);
    if (query.error) return query.error;
    const matches = filterLeads(context.state, query.data);
    const offset = Number(query.data.cursor?.replace(/^c/, '') ?? 0) || 0;
    const limit = query.data.limit ?? 100;
    const items = matches.slice(offset, offset + limit).map(toEntry);
    const next = offset + limit < matches.length ? `c${offset + limit}` : null;
    return {
      json: {
        items,
        nextCursor: looped(context.control.cursorLoop, offset, limit, next),
        total: matches.length,
      },
    };
  }),

  route(endpoints.exportIngestionLogs, (context) => {
    const query = queryOf(context, IngestionLogQuery);
    if (query.error) return query.error;
    return {
      csv: exportCsv(filterLeads(context.state, query.data), {
        leak: context.control.leak,
        // `truncated` on a CSV export: the stream breaks after its first chunk.
        cut:
          context.control.malformed?.kind === 'truncated' &&
          pathMatches(context.control.malformed.path, '/v1/ingestion-logs/export'),
      }),
    };
  }),

  route(endpoints.getIngestionLog, ({ state, params }) => {
    const lead = state.leads().find((item) => item.id === params.id);
    if (!lead) return fail(404, 'not_found', 'No lead with this id');
    return { json: toDetail(lead) };
  }),

  route(endpoints.getPayouts, (context) => {
    const query = queryOf(context, PayoutQuery);
    if (query.error) return query.error;
    if (query.data.to < query.data.from) return fail(400, 'invalid_range', '`to` is before `from`');
    const summary = payoutSummary(context.state, query.data, context.db.now);
    if (!context.control.leak) return { json: summary };
    // What a Revenue Share supplier must never see: a per-lead amount (with the share
    // rate it gives the buyer's price away) and the gross the buyer paid.
    return {
      json: {
        ...summary,
        gross: summary.totals.amount * 3,
        segments: summary.segments.map((segment) =>
          segment.costMode === 'revenue_share'
            ? {
                ...segment,
                ratePerLead: LEAKED_PER_LEAD,
                gross: LEAKED_PER_LEAD * segment.paidLeads,
              }
            : segment,
        ),
      },
    };
  }),

  route(endpoints.getIngestionStats, (context) => {
    const query = queryOf(context, IngestionStatsQuery);
    if (query.error) return query.error;
    if (query.data.to < query.data.from) return fail(400, 'invalid_range', '`to` is before `from`');
    // As the real service does: a chart of more buckets than this cannot be read anyway.
    if (query.data.interval === 'hour' && rangeDays(query.data) > 31)
      return fail(400, 'invalid_interval', 'Hours are offered for at most 31 days');
    return { json: ingestionStats(context.state, query.data) };
  }),

  route(endpoints.listCaps, ({ state }) => ({ json: { items: state.caps } })),

  route(endpoints.updateCap, async (context) => {
    const { state, params, person } = context;
    const cap = state.caps.find((item) => item.id === params.id);
    if (!cap) return fail(404, 'not_found', 'No cap with this id');
    const body = await bodyOf(context, CapUpdate);
    if (body.error) return body.error;
    const { limit } = body.data;
    if (limit < cap.min || limit > cap.max) {
      const message = `Must be between ${cap.min} and ${cap.max}`;
      return fail(422, 'out_of_bounds', message, [
        { field: 'limit', code: 'out_of_bounds', message },
      ]);
    }
    cap.limit = limit;
    const at = new Date(context.db.clock.now()).toISOString();
    if (cap.used >= limit && !cap.reachedAt) {
      cap.reachedAt = at;
      if (state.status.state === 'active') {
        state.status = {
          state: 'paused',
          pausedAt: at,
          pausedBy: 'Cap reached',
          reason: null,
          capId: cap.id,
        };
        record(state, { at, paused: true, by: 'Cap reached', reason: null, capId: cap.id });
      }
    } else if (cap.used < limit && cap.reachedAt) {
      cap.reachedAt = null;
      if (state.status.capId === cap.id) {
        state.status = {
          state: 'active',
          pausedAt: null,
          pausedBy: null,
          reason: null,
          capId: null,
        };
        record(state, {
          at,
          paused: false,
          by: person.name,
          reason: 'Cap limit raised',
          capId: null,
        });
      }
    }
    return { json: cap };
  }),

  route(endpoints.getApiSpec, ({ state, control }) => ({
    json: control.hostile ? hostileSpec(apiSpecOf(state)) : apiSpecOf(state),
  })),

  route(endpoints.revealApiKey, ({ state }) => ({
    json: { supplierId: state.seed.supplierId, apiKey: state.apiKey },
  })),

  route(endpoints.rotateApiKey, ({ state, db }) => {
    state.rotations++;
    state.apiKey = `${state.apiKey.slice(0, -6)}${(state.rotations * 7_919_111).toString(36).slice(-6).padStart(6, '0')}`;
    state.previousKeyExpiresAt = new Date(db.clock.now() + 24 * 3_600_000).toISOString();
    return {
      json: {
        supplierId: state.seed.supplierId,
        apiKey: state.apiKey,
        maskedKey: maskKey(state.apiKey),
        previousKeyExpiresAt: state.previousKeyExpiresAt,
      },
    };
  }),

  route(endpoints.getIntegration, ({ state }) => ({ json: state.integration })),

  route(endpoints.updateIntegration, async (context) => {
    const body = await bodyOf(context, IntegrationUpdate);
    if (body.error) return body.error;
    // As the real service does: it will not deliver webhooks inside its own network.
    const host = body.data.webhookUrl ? new URL(body.data.webhookUrl).hostname : '';
    if (/^(localhost|127\.|10\.|192\.168\.|\[::1\])/.test(host) || host.endsWith('.internal')) {
      return fail(422, 'invalid_webhook_url', 'Invalid webhook URL', [
        {
          field: 'webhookUrl',
          code: 'private_address',
          message: 'This address is not reachable from the internet.',
        },
      ]);
    }
    context.state.integration = { supplierId: context.state.seed.supplierId, ...body.data };
    return { json: context.state.integration };
  }),

  route(endpoints.testWebhook, ({ state, db }) => {
    if (!state.integration.webhookUrl)
      return fail(422, 'no_webhook_url', 'Set a webhook URL first');
    return {
      json: {
        supplierId: state.seed.supplierId,
        statusCode: 200,
        latencyMs: 142,
        deliveredAt: new Date(db.clock.now()).toISOString(),
        error: null,
      },
    };
  }),
];
