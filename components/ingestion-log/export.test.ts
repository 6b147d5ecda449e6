import { expect } from '@open-wc/testing';
import { exportIngestionLogs, listIngestionLogs } from '../../src/api/contract/ingestion.js';
import { createApiClient } from '../../src/api/client.js';
import { ApiError } from '../../src/api/errors.js';
import type { MockApi } from '../../src/mocks/api.js';
import { mockToken } from '../../src/mocks/auth.js';
import { mockApi, testClock } from '../../test/support/fixtures.js';
import { CsvParser, csvRecord } from './csv.js';
import {
  EXPORT_COLUMNS,
  FILE_COLUMNS,
  exportFileName,
  exportFromPages,
  exportFromStream,
} from './export.js';

const SUPPLIER = 'sup_northwind_acme';
const ZONE = 'America/New_York';

function streamOf(text: string, chunk = 7): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      controller.enqueue(bytes.slice(at, (at += chunk)));
      if (at >= bytes.length) controller.close();
    },
  });
}

async function rowsOf(blob: Blob): Promise<string[][]> {
  const parser = new CsvParser();
  return [...parser.push(await blob.text()), ...parser.end()];
}

const client = () =>
  createApiClient({
    apiBase: '/api',
    timeout: 5000,
    retry: { limit: 0, backoffLimit: 10, maxRetryAfter: 10 },
    now: () => testClock.now(),
    getToken: async () => mockToken('ava', 'org_northwind_acme'),
  });

describe('CSV export', () => {
  let mock: MockApi;
  beforeEach(async () => {
    mock = await mockApi();
  });

  it('keeps the allow-listed columns and this supplier’s rows, and its bytes parse back', async () => {
    const header = [
      'buyer_price',
      'lead_id',
      'supplier_id',
      'received_at',
      'campaign',
      'status',
      'reason_code',
      'reason_message',
      'field_errors',
    ];
    const values = [
      [
        '4242',
        'lead_1',
        SUPPLIER,
        '2026-11-20T10:00:00Z',
        'Auto, "Premium"',
        'rejected',
        'invalid_phone',
        'Line one\nline two',
        'phone: Must be 10 digits',
      ],
      [
        '4242',
        'lead_2',
        'sup_rival',
        '2026-11-20T10:01:00Z',
        'Rival campaign',
        'accepted',
        '',
        '',
        '',
      ],
      [
        '4242',
        'lead_3',
        SUPPLIER,
        '2026-11-20T10:02:00Z',
        '=HYPERLINK("http://evil")',
        'accepted',
        '',
        'Zoë 🚀 naïve',
        '',
      ],
      [
        '4242',
        'lead_4',
        SUPPLIER,
        '2026-11-20T10:03:00Z',
        '+14155550100',
        'unmatched',
        '',
        '-12.50',
        '@SUM(A1)',
      ],
    ];
    const server = [header, ...values]
      .map((row) =>
        row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','),
      )
      .join('\r\n');
    const progress: number[] = [];
    const { blob, rows } = await exportFromStream(streamOf(server), {
      supplierId: SUPPLIER,
      timeZone: ZONE,
      onProgress: (n) => progress.push(n),
    });
    expect(rows).to.equal(3);
    expect(progress.at(-1)).to.equal(3);
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(await rowsOf(blob)).to.deep.equal([
      [...FILE_COLUMNS],
      [
        '2026-11-20T10:00:00Z',
        '2026-11-20T05:00:00-05:00',
        'lead_1',
        'Auto, "Premium"',
        'rejected',
        'invalid_phone',
        'Line one\nline two',
        'phone: Must be 10 digits',
      ],
      [
        '2026-11-20T10:02:00Z',
        '2026-11-20T05:02:00-05:00',
        'lead_3',
        `'=HYPERLINK("http://evil")`,
        'accepted',
        '',
        'Zoë 🚀 naïve',
        '',
      ],
      [
        '2026-11-20T10:03:00Z',
        '2026-11-20T05:03:00-05:00',
        'lead_4',
        '+14155550100',
        'unmatched',
        '',
        '-12.50',
        `'@SUM(A1)`,
      ],
    ]);
    expect(await blob.text())
      .not.to.include('4242')
      .and.not.to.include('sup_rival');
  });

  it('refuses an export it cannot scope to the supplier', async () => {
    const error = await exportFromStream(streamOf('lead_id,status\r\nx,accepted\r\n'), {
      supplierId: SUPPLIER,
      timeZone: ZONE,
    }).catch((e: unknown) => e);
    expect((error as { code: string }).code).to.equal('bad_csv');
    const cut = await exportFromStream(
      streamOf(`${csvRecord(['supplier_id', ...EXPORT_COLUMNS])}x,"open`),
      { supplierId: SUPPLIER, timeZone: ZONE },
    ).catch((e: unknown) => e);
    expect((cut as { kind: string }).kind).to.equal('invalid-response');
  });

  it('streams the mock API’s export with leaks removed, every row counted', async () => {
    mock.control.leak = true;
    const response = await client().call(exportIngestionLogs, { query: { status: 'rejected' } });
    const { blob, rows } = await exportFromStream(response.body!, {
      supplierId: SUPPLIER,
      timeZone: ZONE,
    });
    const { total } = await client().call(listIngestionLogs, {
      query: { status: 'rejected', limit: 1 },
    });
    expect(rows).to.equal(total);
    const text = await blob.text();
    expect(text).not.to.include('LEAK');
    expect((await rowsOf(blob)).slice(1).every((row) => row[4] === 'rejected')).to.equal(true);
  });

  it('builds the same file from pages when the response cannot stream', async () => {
    const query = { campaignId: 'cmp_home_ins' } as const;
    const streamed = await exportFromStream(
      (await client().call(exportIngestionLogs, { query })).body!,
      { supplierId: SUPPLIER, timeZone: ZONE },
    );
    let pages = 0;
    const paged = await exportFromPages(
      (cursor, signal) => {
        pages++;
        return client().call(listIngestionLogs, {
          query: { ...query, limit: 500, ...(cursor ? { cursor } : {}) },
          signal,
          supplierId: SUPPLIER,
        });
      },
      { supplierId: SUPPLIER, timeZone: ZONE },
    );
    expect(pages).to.be.greaterThan(1);
    expect(paged.rows).to.equal(streamed.rows);
    expect(await paged.blob.text()).to.equal(await streamed.blob.text());
  });

  it('stops a page trail that never ends, even with a new cursor each time', async () => {
    let pages = 0;
    const entry = { supplierId: SUPPLIER, receivedAt: '2026-11-24T10:00:00Z', fieldErrors: [] };
    const endless = exportFromPages(
      async () => {
        pages++;
        return {
          items: [
            {
              ...entry,
              id: `l${pages}`,
              campaignId: 'c',
              campaignName: 'C',
              status: 'accepted',
              rejection: null,
            },
          ],
          nextCursor: `cursor-${pages}`,
          total: 1000,
        };
      },
      { supplierId: SUPPLIER, timeZone: ZONE },
    );
    let error: unknown;
    await endless.catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(ApiError);
    expect((error as ApiError).code).to.equal('cursor_loop');
    // 1,000 rows fill 2 pages of 500; a few more are allowed for rows arriving meanwhile.
    expect(pages).to.equal(8);
  });

  it('stops and cancels the stream when asked', async () => {
    let cancelled = false;
    let pulls = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls++;
        controller.enqueue(
          new TextEncoder().encode(
            pulls === 1
              ? `${csvRecord(['supplier_id', ...EXPORT_COLUMNS])}`
              : `${csvRecord([SUPPLIER, 'a', 'b', 'c', 'd', '', '', ''])}`,
          ),
        );
      },
      cancel() {
        cancelled = true;
      },
    });
    const controller = new AbortController();
    const seen: number[] = [];
    const run = exportFromStream(body, {
      supplierId: SUPPLIER,
      timeZone: ZONE,
      signal: controller.signal,
      onProgress: (rows) => {
        seen.push(rows);
        if (rows >= 1000) controller.abort();
      },
    });
    const error = await run.catch((e: DOMException) => e);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(cancelled).to.equal(true);
    expect(seen).to.deep.equal([500, 1000]);
  });

  it('names the file after the supplier and the range', () => {
    expect(exportFileName('Northwind Leads', '2026-11-01', '2026-11-24')).to.equal(
      'northwind-leads_leads_2026-11-01_2026-11-24.csv',
    );
    expect(exportFileName('Zoë & Co. / "Test"')).to.equal('zoe-co-test_leads.csv');
    expect(exportFileName('***')).to.equal('leads_leads.csv');
  });
});
