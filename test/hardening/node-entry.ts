// What the hardening suite needs in Node, bundled by esbuild: the mock API with its handlers,
// the contract, and the client the widgets use.
export { createMockApi, mockToken, mockPeople, mockPortals } from '../../src/mocks/index.js';
export { LEAKED_FIELDS, LEAKED_PER_LEAD, RIVAL_MARKER } from '../../src/mocks/leak.js';
export { endpoints } from '../../src/api/contract/index.js';
export { createApiClient } from '../../src/api/client.js';
export { ApiError } from '../../src/api/errors.js';
export { CsvParser } from '../../components/ingestion-log/csv.js';
// The page's widgets read the same fixed instant, so the figures do not depend on the date.
export { testClock } from '../support/time.js';
