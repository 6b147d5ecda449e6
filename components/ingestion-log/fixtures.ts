// Mounting the log in a signed-in portal, for its tests and the intake report's drill-down.
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import './define.js';
import type { LdIngestionLog } from './ingestion-log.js';
import type { MockApi } from '../../src/mocks/api.js';
import { inPortal, shadow } from '../../test/support/fixtures.js';
import { waitUntil } from '../../test/support/wait.js';

type Options = Parameters<typeof inPortal>[1];

export async function log(options: Options = {}, attributes = '') {
  // Attributes are in the markup from the start, as a host page would write them.
  return inPortal<LdIngestionLog>(
    staticHtml`<ld-portal><ld-ingestion-log ${unsafeStatic(attributes)}></ld-ingestion-log></ld-portal>`,
    options,
  );
}

export async function ready(options: Options = {}, attributes = '') {
  const mounted = await log(options, attributes);
  await waitUntil(() => shadow(mounted.widget).querySelector('.body .row'), 'no rows rendered', {
    // The first test of a file also waits for the mock's worker and a cold page.
    timeout: 5000,
  });
  return mounted;
}

export const logRequests = (mock: MockApi) =>
  mock.requests
    .filter((request) => request.path.startsWith('/v1/ingestion-logs'))
    .map((request) => new URL(request.path, 'http://x').searchParams);
