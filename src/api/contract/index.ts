import {
  getApiSpec,
  getIntegration,
  revealApiKey,
  rotateApiKey,
  testWebhook,
  updateIntegration,
} from './api-spec.js';
import { listCaps, updateCap } from './caps.js';
import { exportIngestionLogs, getIngestionLog, listIngestionLogs } from './ingestion.js';
import { getIngestionStats } from './ingestion-stats.js';
import { getPayouts } from './payouts.js';
import { getPortal, setPortalStatus } from './portal.js';

export * from './common.js';
export * from './portal.js';
export * from './caps.js';
export * from './ingestion.js';
export * from './payouts.js';
export * from './ingestion-stats.js';
export * from './api-spec.js';

/**
 * The portal API v1, every operation in one table, for the mock API and `docs/openapi.json`.
 * Widgets import single operations from the resource modules, so each bundle carries only
 * the schemas it uses. Order matters for routing: `/export` before `/{id}`.
 */
export const endpoints = {
  getPortal,
  setPortalStatus,
  listIngestionLogs,
  exportIngestionLogs,
  getIngestionLog,
  getPayouts,
  getIngestionStats,
  listCaps,
  updateCap,
  getApiSpec,
  revealApiKey,
  rotateApiKey,
  getIntegration,
  updateIntegration,
  testWebhook,
};

export type EndpointName = keyof typeof endpoints;
