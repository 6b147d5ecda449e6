/**
 * The mock portal API: a seeded data set, msw handlers for every endpoint, and switches
 * for latency and faults. Tests, Storybook and the demo all use it; no widget imports it.
 */
export { createMockDb, type MockDb, type MockDbOptions, type MockPortalState } from './db.js';
export { createHandlers, type HandlerOptions, type MockRequest } from './handlers.js';
export {
  createControl,
  resetControl,
  type MockControl,
  type MockFault,
  type MalformedKind,
} from './control.js';
export { mockAuth, mockToken, type MockAuthOptions } from './auth.js';
export {
  mockPeople,
  mockPortals,
  DEFAULT_PERSON,
  type MockPerson,
  type MockPortalSeed,
} from './people.js';
export { LEAKED_FIELDS, LEAKED_PER_LEAD, RIVAL_MARKER, RIVAL_SUPPLIER_ID } from './leak.js';
export { createMockApi, type MockApi } from './api.js';
export { manualClock, type ManualClock } from '../clock/clock.js';
