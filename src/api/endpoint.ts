import type * as z from 'zod/mini';
import type { Permission } from './contract/portal.js';

/** One operation of the portal API, described once for the client, the mock and the OpenAPI file. */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  /** `{name}` segments are filled from `params`, URI-encoded. */
  path: string;
  query?: z.ZodMiniType;
  body?: z.ZodMiniType;
  /** A schema for JSON, or `'csv'` for a streamed `text/csv` body. */
  response: z.ZodMiniType | 'csv';
  /** The portal permission the server demands for this call. */
  permission?: Permission;
  /** Writes that must carry an `Idempotency-Key`. */
  idempotent?: boolean;
}
