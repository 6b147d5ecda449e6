import '../../components/portal/define.js';
import type { LdPortal } from '../../components/portal/portal.js';
import type { LdIngestionLog } from '../../components/ingestion-log/ingestion-log.js';
import { tokenAuth } from '../../src/auth/token-auth.js';
import { CsvParser, csvRecord } from '../../components/ingestion-log/csv.js';
import { EXPORT_COLUMNS } from '../../components/ingestion-log/export.js';
import { portal as portalData, row } from './data.js';
import { expose } from './harness.js';
import { serveApi, type BenchApi } from './server.js';

/** `ld-ingestion-log`, fed by the portal API (answered in the page) as a host would use it. */

const ROW_HEIGHT = 44;
let portal: LdPortal;
let log: LdIngestionLog | undefined;
let api: BenchApi;
let count = 0;
const firstId = row(0).id;
const part = (name: string) => log!.shadowRoot!.querySelector<HTMLElement>(name);

expose({
  async prepare(rows) {
    count = rows;
    serveApi(count);
    portal = document.createElement('ld-portal');
    portal.apiBase = '/api';
    portal.auth = tokenAuth({ portalId: 'ptl_bench', getToken: () => 'bench-token' });
    document.getElementById('stage')!.append(portal);
    // The portal (time zone, campaigns) is loaded before any clock starts, as on a page
    // where another widget already asked for it.
    await portal.runtime.portal();
  },

  mount(_stage, data) {
    api = serveApi(count, { hold: !data });
    log = document.createElement('ld-ingestion-log');
    log.style.setProperty('--ld-log-height', '600px');
    portal.append(log);
  },

  load: () => import('../../components/ingestion-log/define.js'),

  deliver() {
    if (!api.held()) throw new Error('The log has not asked for its rows yet');
    api.release();
  },

  painted() {
    return !!part('[aria-rowindex="2"]')?.textContent?.includes(firstId);
  },

  loaded() {
    const spacer = part('.spacer');
    return spacer ? Math.round(parseFloat(spacer.style.height) / ROW_HEIGHT) : 0;
  },

  scroller() {
    return part('.scroller')!;
  },

  exportCsv(mode) {
    if (mode === 'in-memory') return exportInMemory();
    log!.exportMode = mode as 'stream' | 'pages';
    return new Promise((resolve) => {
      const blobs = new Map<string, Blob>();
      const createObjectURL = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        const url = createObjectURL(blob);
        blobs.set(url, blob as Blob);
        return url;
      };
      // The widget hands the finished file to a download link; take it there instead.
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
        resolve(blobs.get(this.href)?.size ?? 0);
      };
      part('[part="export-button"]')!.click();
    });
  },
});

/**
 * The peer for the export: the same parser and writer, but the whole file read into
 * memory first and written out at once, as a quick implementation would.
 */
async function exportInMemory(): Promise<number> {
  const response = await fetch('/api/v1/ingestion-logs/export');
  const [header = [], ...records] = new CsvParser().push(await response.text());
  const supplier = header.indexOf('supplier_id');
  const columns = EXPORT_COLUMNS.map((name) => header.indexOf(name));
  const text = records
    .filter((record) => record[supplier] === portalData.supplierId)
    .map((record) => csvRecord(columns.map((index) => record[index] ?? '')))
    .join('');
  return new Blob(['\uFEFF', csvRecord(EXPORT_COLUMNS), text]).size;
}
