import { expect } from '@open-wc/testing';
import { createApiClient, type ApiClient } from '../api/client.js';
import {
  getApiSpec,
  getIntegration,
  revealApiKey,
  rotateApiKey,
  testWebhook,
  updateIntegration,
} from '../api/contract/api-spec.js';
import { listCaps, updateCap } from '../api/contract/caps.js';
import { endpoints } from '../api/contract/index.js';
import {
  exportIngestionLogs,
  getIngestionLog,
  listIngestionLogs,
} from '../api/contract/ingestion.js';
import { getPayouts } from '../api/contract/payouts.js';
import { getIngestionStats } from '../api/contract/ingestion-stats.js';
import { getPortal, setPortalStatus } from '../api/contract/portal.js';
import { ApiError } from '../api/errors.js';
import { mockApi, TEST_NOW, testClock } from '../../test/support/fixtures.js';
import type { MockApi } from './api.js';
import { mockToken } from './auth.js';
import { createMockDb } from './db.js';
import { LEAKED_FIELDS, RIVAL_SUPPLIER_ID } from './leak.js';

function as(person: string, portalId: string): ApiClient {
  return createApiClient({
    apiBase: '/api',
    timeout: 5000,
    retry: { limit: 0, backoffLimit: 10, maxRetryAfter: 10 },
    now: () => testClock.now(),
    getToken: async () => mockToken(person, portalId),
  });
}

async function kindOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof ApiError ? `${error.status}:${error.code}` : String(error);
  }
}

const ava = () => as('ava', 'org_northwind_acme');

describe('mock portal API', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  it('answers every GET of the contract with a body that parses, for every portal', async () => {
    const people: [string, string][] = [
      ['ava', 'org_northwind_acme'],
      ['ava', 'org_northwind_bright'],
      ['ben', 'org_summit_acme'],
      ['cleo', 'org_harbor_bright'],
    ];
    for (const [person, portalId] of people) {
      const api = as(person, portalId);
      const portal = await api.call(getPortal);
      const scope = { supplierId: portal.supplierId };
      await api.call(listCaps, scope);
      await api.call(listIngestionLogs, { ...scope, query: { limit: 50 } });
      await api.call(getPayouts, { ...scope, query: { from: '2026-10-01', to: '2026-11-24' } });
      await api.call(getIngestionStats, {
        ...scope,
        query: { from: '2026-10-01', to: '2026-11-24', groupBy: 'sub_id' },
      });
      await api.call(getApiSpec, scope);
      await api.call(getIntegration, scope);
    }
    expect(Object.keys(endpoints)).to.have.length(15);
  });

  it('tells portals apart by the token and refuses strangers', async () => {
    expect((await as('ben', 'org_summit_acme').call(getPortal)).supplierName).to.equal(
      'Summit Solar Leads',
    );
    expect(await kindOf(as('ben', 'org_northwind_acme').call(getPortal))).to.equal(
      '403:not_a_member',
    );
    expect(await kindOf(as('nobody', 'org_northwind_acme').call(getPortal))).to.equal(
      '401:unauthenticated',
    );
  });

  it('is deterministic for a seed', () => {
    const ids = (seed: number) =>
      createMockDb({ seed, now: TEST_NOW })
        .portal('org_northwind_acme')!
        .leads()
        .slice(0, 5)
        .map((lead) => lead.id);
    expect(ids(7)).to.deep.equal(ids(7));
    expect(ids(7)).not.to.deep.equal(ids(8));
    expect(
      createMockDb({ now: TEST_NOW, leadScale: 2 }).portal('org_northwind_acme')!.leads(),
    ).to.have.length(6000);
  });

  describe('ingestion logs', () => {
    it('rejects the leads that arrived while intake was paused, for the pause', () => {
      const db = createMockDb({ now: TEST_NOW });
      const hour = 3_600_000;
      const within = (portalId: string, from: number, to: number) =>
        db
          .portal(portalId)!
          .leads()
          .filter((lead) => {
            const at = TEST_NOW.getTime() - Date.parse(lead.receivedAt);
            return at > from * hour && at < to * hour;
          });
      // Ava paused Acme's portal 29 hours ago and resumed it 26 hours ago.
      const paused = within('org_northwind_acme', 26, 29);
      expect(paused.length).to.be.greaterThan(0);
      for (const lead of paused) expect(lead.rejection?.code).to.equal('supplier_paused');
      expect(within('org_northwind_acme', 30, 40).some((l) => l.status === 'accepted')).to.equal(
        true,
      );
      // BrightPath's daily cap was reached two hours ago and holds it paused since.
      const held = within('org_northwind_bright', 0, 2);
      expect(held.length).to.be.greaterThan(0);
      for (const lead of held) {
        expect(lead.status).to.equal('rejected');
        expect(lead.rejection?.code).to.equal('cap_reached');
        expect(lead.payout).to.equal(0);
      }
    });

    it('pages through the filtered set with a cursor and counts it', async () => {
      const first = await ava().call(listIngestionLogs, { query: { limit: 100 } });
      expect(first.total).to.equal(3000);
      expect(first.items).to.have.length(100);
      expect(first.items[0]!.receivedAt >= first.items[99]!.receivedAt).to.equal(true);
      const second = await ava().call(listIngestionLogs, {
        query: { limit: 100, cursor: first.nextCursor! },
      });
      expect(second.items[0]!.id).not.to.equal(first.items[0]!.id);
      const last = await ava().call(listIngestionLogs, { query: { limit: 500, cursor: 'c2900' } });
      expect(last.items).to.have.length(100);
      expect(last.nextCursor).to.equal(null);
    });

    it('filters by status, campaign, date and search', async () => {
      const rejected = await ava().call(listIngestionLogs, {
        query: { status: 'rejected', limit: 500 },
      });
      expect(rejected.items.every((item) => item.status === 'rejected' && item.rejection)).to.equal(
        true,
      );
      expect(rejected.items.some((item) => item.fieldErrors.length > 0)).to.equal(true);
      const campaign = await ava().call(listIngestionLogs, {
        query: { campaignId: 'cmp_home_ins', limit: 500 },
      });
      expect(campaign.items.every((item) => item.campaignName === 'Home Insurance')).to.equal(true);
      const day = await ava().call(listIngestionLogs, {
        query: { from: '2026-11-20', to: '2026-11-20', limit: 500 },
      });
      expect(day.total).to.be.greaterThan(0).and.lessThan(3000);
      const one = rejected.items[0]!;
      const byId = await ava().call(listIngestionLogs, { query: { q: one.id } });
      expect(byId.items.map((item) => item.id)).to.deep.equal([one.id]);
      const lead = mock.db
        .portal('org_northwind_acme')!
        .leads()
        .find((item) => item.id === one.id)!;
      expect(
        (await ava().call(listIngestionLogs, { query: { q: lead.email } })).items[0]?.id,
      ).to.equal(one.id);
      expect(
        (await ava().call(listIngestionLogs, { query: { q: lead.phone } })).items.map(
          (item) => item.id,
        ),
      ).to.include(one.id);
    });

    it('returns one lead in detail, and 404 for an unknown one', async () => {
      const { items } = await ava().call(listIngestionLogs, {
        query: { status: 'rejected', limit: 1 },
      });
      const detail = await ava().call(getIngestionLog, { params: { id: items[0]!.id } });
      expect(detail.fields.flo_supplier_id).to.equal('sup_northwind_acme');
      expect(detail.steps.some((step) => step.outcome === 'failed')).to.equal(true);
      expect(await kindOf(ava().call(getIngestionLog, { params: { id: 'nope' } }))).to.equal(
        '404:not_found',
      );
    });

    it('streams the filtered set as CSV', async () => {
      const response = await ava().call(exportIngestionLogs, { query: { status: 'accepted' } });
      expect(response.headers.get('Content-Type')).to.include('text/csv');
      const lines = (await response.text()).trim().split('\r\n');
      const { total } = await ava().call(listIngestionLogs, {
        query: { status: 'accepted', limit: 1 },
      });
      expect(lines[0]).to.equal(
        'received_at,lead_id,supplier_id,campaign,status,reason_code,reason_message,field_errors',
      );
      expect(lines).to.have.length(total + 1);
    });

    it('refuses a bad query', async () => {
      const response = await fetch('/api/v1/ingestion-logs?limit=9999', {
        headers: { Authorization: `Bearer ${mockToken('ava', 'org_northwind_acme')}` },
      });
      expect(response.status).to.equal(400);
    });
  });

  describe('payouts', () => {
    it('splits a range in which the cost mode changed, with a rate only for Fixed', async () => {
      const api = as('ben', 'org_summit_acme');
      const summary = await api.call(getPayouts, {
        query: { from: '2026-10-26', to: '2026-11-24' },
      });
      expect(summary.interval).to.equal('day');
      expect(summary.breakdown).to.have.length(30);
      expect(summary.segments.map((segment) => segment.costMode)).to.deep.equal([
        'fixed',
        'revenue_share',
      ]);
      const [fixed, share] = summary.segments;
      expect(fixed && 'ratePerLead' in fixed ? fixed.ratePerLead : undefined).to.equal(1250);
      expect(share && 'ratePerLead' in share).to.equal(false);
      expect(summary.totals.amount).to.equal(
        summary.segments.reduce((sum, segment) => sum + segment.amount, 0),
      );
      expect(summary.pending + summary.approved + summary.paid).to.equal(summary.totals.amount);
      expect(summary.previous).to.include({ from: '2026-09-26', to: '2026-10-25' });
      // The previous period comes by the same interval, adding up to its own totals.
      const before = summary.previous.breakdown!;
      expect(before).to.have.length(30);
      expect(before[0]!.start).to.equal('2026-09-26');
      for (const key of ['amount', 'paidLeads', 'leadsSent'] as const)
        expect(before.reduce((sum, bucket) => sum + bucket[key], 0)).to.equal(
          summary.previous[key],
        );
    });

    it('picks week and month intervals for longer ranges, or the one asked for', async () => {
      const weeks = await ava().call(getPayouts, {
        query: { from: '2026-09-01', to: '2026-11-24' },
      });
      expect(weeks.interval).to.equal('week');
      expect(weeks.breakdown[0]!.start).to.equal('2026-08-31');
      const months = await ava().call(getPayouts, {
        query: { from: '2026-01-01', to: '2026-11-24' },
      });
      expect(months.interval).to.equal('month');
      expect(months.breakdown).to.have.length(11);
      const asked = await ava().call(getPayouts, {
        query: { from: '2026-11-01', to: '2026-11-24', interval: 'week' },
      });
      expect(asked.interval).to.equal('week');
      expect(
        await kindOf(ava().call(getPayouts, { query: { from: '2026-11-24', to: '2026-11-01' } })),
      ).to.equal('400:invalid_range');
    });
  });

  describe('pause and caps', () => {
    it('pauses and resumes, recording who, and replays an idempotent write', async () => {
      const first = await ava().call(setPortalStatus, {
        body: { paused: true, reason: 'Upstream outage' },
        idempotencyKey: 'k1',
      });
      const again = await ava().call(setPortalStatus, {
        body: { paused: true, reason: 'Upstream outage' },
        idempotencyKey: 'k1',
      });
      expect(again).to.deep.equal(first);
      expect(first.status).to.include({
        state: 'paused',
        pausedBy: 'Ava Moreno',
        reason: 'Upstream outage',
      });
      expect(first.statusHistory[0]).to.include({ paused: true, by: 'Ava Moreno' });
      const portal = await ava().call(getPortal);
      expect(
        portal.statusHistory.filter((change) => change.reason === 'Upstream outage'),
      ).to.have.length(1);
      const resumed = await ava().call(setPortalStatus, {
        body: { paused: false, reason: null },
        idempotencyKey: 'k2',
      });
      expect(resumed.status.state).to.equal('active');
      expect(
        await kindOf(ava().call(setPortalStatus, { body: { paused: true, reason: null } })),
      ).to.equal('400:idempotency_key_required');
    });

    it('keeps a cap-held pause until the cap is raised, and enforces permissions', async () => {
      const ben = as('ben', 'org_summit_acme');
      const readOnly = as('ava', 'org_northwind_bright');
      expect(
        await kindOf(
          readOnly.call(setPortalStatus, {
            body: { paused: false, reason: null },
            idempotencyKey: 'x',
          }),
        ),
      ).to.equal('403:forbidden');
      expect(
        await kindOf(
          readOnly.call(updateCap, {
            params: { id: 'cap_northwind_bright_daily_leads' },
            body: { limit: 400 },
          }),
        ),
      ).to.equal('403:forbidden');
      // Ben lowers his monthly cap below what was used: it is reached and pauses him.
      const monthly = 'cap_summit_acme_monthly_leads';
      expect(
        await kindOf(ben.call(updateCap, { params: { id: monthly }, body: { limit: 50 } })),
      ).to.equal('422:out_of_bounds');
      const reached = await ben.call(updateCap, { params: { id: monthly }, body: { limit: 8000 } });
      expect(reached.reachedAt).to.be.a('string');
      expect((await ben.call(getPortal)).status.capId).to.equal(monthly);
      expect(
        await kindOf(
          ben.call(setPortalStatus, {
            body: { paused: false, reason: null },
            idempotencyKey: 'r1',
          }),
        ),
      ).to.equal('409:cap_hold');
      const raised = await ben.call(updateCap, { params: { id: monthly }, body: { limit: 12000 } });
      expect(raised.reachedAt).to.equal(null);
      expect((await ben.call(getPortal)).status.state).to.equal('active');
      expect(
        await kindOf(ben.call(updateCap, { params: { id: 'nope' }, body: { limit: 1 } })),
      ).to.equal('404:not_found');
    });
  });

  describe('API spec and integration', () => {
    it('describes the ingest API, and reveals and rotates the key with permission', async () => {
      const spec = await ava().call(getApiSpec);
      expect(spec.endpoint).to.equal('https://acme.leaddistro.ai/api/v1/ingest');
      expect(
        spec.fields.filter((field) => field.required).map((field) => field.name),
      ).to.deep.equal([
        'flo_campaign_id',
        'flo_supplier_id',
        'first_name',
        'last_name',
        'phone',
        'email',
      ]);
      expect(spec.exampleResponses.map((example) => example.status)).to.deep.equal([
        201, 200, 400, 401, 404, 422, 429,
      ]);
      const { apiKey } = await ava().call(revealApiKey);
      expect(spec.maskedKey.endsWith(apiKey.slice(-4))).to.equal(true);
      expect(await kindOf(as('ava', 'org_northwind_bright').call(revealApiKey))).to.equal(
        '403:forbidden',
      );
      const rotated = await ava().call(rotateApiKey, { idempotencyKey: 'rot-1' });
      expect(rotated.apiKey).not.to.equal(apiKey);
      expect((await ava().call(rotateApiKey, { idempotencyKey: 'rot-1' })).apiKey).to.equal(
        rotated.apiKey,
      );
      // A day of grace, by the mock's clock.
      expect(rotated.previousKeyExpiresAt).to.equal(
        new Date(TEST_NOW.getTime() + 24 * 3_600_000).toISOString(),
      );
    });

    it('sets the webhook (https only) and sends a test delivery', async () => {
      const cleo = as('cleo', 'org_harbor_bright');
      expect(await kindOf(cleo.call(testWebhook))).to.equal('422:no_webhook_url');
      const saved = await cleo.call(updateIntegration, {
        body: { webhookUrl: 'https://hooks.harbor.example/ld', events: ['lead.rejected'] },
      });
      expect(saved.webhookUrl).to.equal('https://hooks.harbor.example/ld');
      expect((await cleo.call(testWebhook)).statusCode).to.equal(200);
      expect(
        await kindOf(
          cleo.call(updateIntegration, {
            body: { webhookUrl: 'http://insecure.example', events: [] },
          }),
        ),
      ).to.equal('undefined:invalid_input');
      const raw = await fetch('/api/v1/integration', {
        method: 'PUT',
        headers: {
          Authorization: `Bearer ${mockToken('cleo', 'org_harbor_bright')}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({ webhookUrl: 'http://insecure.example', events: [] }),
      });
      expect(raw.status).to.equal(422);
      const broken = await fetch('/api/v1/integration', {
        method: 'PUT',
        headers: { Authorization: `Bearer ${mockToken('cleo', 'org_harbor_bright')}` },
        body: '{oops',
      });
      expect(broken.status).to.equal(400);
    });
  });

  it('leaks buyer fields and another supplier’s records when told to (the positive control)', async () => {
    mock.control.leak = true;
    const raw = await (
      await fetch('/api/v1/caps', {
        headers: { Authorization: `Bearer ${mockToken('ava', 'org_northwind_acme')}` },
      })
    ).text();
    expect(raw).to.include(LEAKED_FIELDS.buyerName).and.include(RIVAL_SUPPLIER_ID);
    const parsed = JSON.stringify(await ava().call(listCaps, { supplierId: 'sup_northwind_acme' }));
    expect(parsed).not.to.include('LEAK');
  });
});
