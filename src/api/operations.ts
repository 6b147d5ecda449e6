// The portal API's operations as the widgets call them: each loads its schemas (and zod) on
// first use, in a chunk of their own (see `lazyEndpoint`). The mock API, the OpenAPI script
// and the tests use the schemas themselves, from ./contract/. Each is marked pure, so a bundle
// keeps only the operations its widgets call, and only their chunks.
import { lazyEndpoint } from './endpoint.js';

const portal = () => import('./contract/portal.js');
const ingestion = () => import('./contract/ingestion.js');
const caps = () => import('./contract/caps.js');
const apiSpec = () => import('./contract/api-spec.js');

export const getPortal = /* @__PURE__ */ lazyEndpoint(async () => (await portal()).getPortal);
export const setPortalStatus = /* @__PURE__ */ lazyEndpoint(
  async () => (await portal()).setPortalStatus,
);
export const listIngestionLogs = /* @__PURE__ */ lazyEndpoint(
  async () => (await ingestion()).listIngestionLogs,
);
export const exportIngestionLogs = /* @__PURE__ */ lazyEndpoint(
  async () => (await ingestion()).exportIngestionLogs,
);
export const getIngestionLog = /* @__PURE__ */ lazyEndpoint(
  async () => (await ingestion()).getIngestionLog,
);
export const getIngestionStats = /* @__PURE__ */ lazyEndpoint(
  async () => (await import('./contract/ingestion-stats.js')).getIngestionStats,
);
export const getPayouts = /* @__PURE__ */ lazyEndpoint(
  async () => (await import('./contract/payouts.js')).getPayouts,
);
export const listCaps = /* @__PURE__ */ lazyEndpoint(async () => (await caps()).listCaps);
export const updateCap = /* @__PURE__ */ lazyEndpoint(async () => (await caps()).updateCap);
export const getApiSpec = /* @__PURE__ */ lazyEndpoint(async () => (await apiSpec()).getApiSpec);
export const revealApiKey = /* @__PURE__ */ lazyEndpoint(
  async () => (await apiSpec()).revealApiKey,
);
export const rotateApiKey = /* @__PURE__ */ lazyEndpoint(
  async () => (await apiSpec()).rotateApiKey,
);
export const getIntegration = /* @__PURE__ */ lazyEndpoint(
  async () => (await apiSpec()).getIntegration,
);
export const updateIntegration = /* @__PURE__ */ lazyEndpoint(
  async () => (await apiSpec()).updateIntegration,
);
export const testWebhook = /* @__PURE__ */ lazyEndpoint(async () => (await apiSpec()).testWebhook);
