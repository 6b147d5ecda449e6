// The portal API's operations as the widgets call them: each loads its schemas (and zod) on
// first use, in a chunk of their own (see `lazyEndpoint`). The mock API, the OpenAPI script
// and the tests use the schemas themselves, from ./contract/.
import { lazyEndpoint } from './endpoint.js';

const portal = () => import('./contract/portal.js');
const ingestion = () => import('./contract/ingestion.js');
const caps = () => import('./contract/caps.js');
const apiSpec = () => import('./contract/api-spec.js');

export const getPortal = lazyEndpoint(async () => (await portal()).getPortal);
export const setPortalStatus = lazyEndpoint(async () => (await portal()).setPortalStatus);
export const listIngestionLogs = lazyEndpoint(async () => (await ingestion()).listIngestionLogs);
export const exportIngestionLogs = lazyEndpoint(
  async () => (await ingestion()).exportIngestionLogs,
);
export const getIngestionLog = lazyEndpoint(async () => (await ingestion()).getIngestionLog);
export const getIngestionStats = lazyEndpoint(
  async () => (await import('./contract/ingestion-stats.js')).getIngestionStats,
);
export const getPayouts = lazyEndpoint(
  async () => (await import('./contract/payouts.js')).getPayouts,
);
export const listCaps = lazyEndpoint(async () => (await caps()).listCaps);
export const updateCap = lazyEndpoint(async () => (await caps()).updateCap);
export const getApiSpec = lazyEndpoint(async () => (await apiSpec()).getApiSpec);
export const revealApiKey = lazyEndpoint(async () => (await apiSpec()).revealApiKey);
export const rotateApiKey = lazyEndpoint(async () => (await apiSpec()).rotateApiKey);
export const getIntegration = lazyEndpoint(async () => (await apiSpec()).getIntegration);
export const updateIntegration = lazyEndpoint(async () => (await apiSpec()).updateIntegration);
export const testWebhook = lazyEndpoint(async () => (await apiSpec()).testWebhook);
